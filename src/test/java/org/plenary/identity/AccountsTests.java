package org.plenary.identity;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.system.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.plenary.identity.Actors.administrator;
import static org.plenary.identity.Actors.pgaOffice;

@PlenaryIntegrationTest
class AccountsTests {

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Test
	void opensAnAccountForADelegateAndTheAuditTrailSaysWhoDidIt() {
		var username = fresh("mexico");
		var account = this.accounts.open(
				new NewAccount(username, "Delegate of Mexico", "a long password", Set.of(Grant.delegateOf("MEX"))),
				administrator());
		assertThat(account.grants()).extracting(AccountView.GrantView::heldFor).containsExactly("Mexico");
		assertThat(this.audit.entries("account " + username, 0, administrator()).getContent())
			.extracting(AuditEntryView::actor, AuditEntryView::action)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("test-admin", "account.opened"));
	}

	@Test
	void refusesAUsernameThatIsTakenWhateverItsCase() {
		var username = fresh("france");
		this.accounts.open(new NewAccount(username, "France", "a long password", Set.of()), administrator());
		assertThatExceptionOfType(UsernameTaken.class).isThrownBy(() -> this.accounts.open(
				new NewAccount(username.toUpperCase(), "France again", "a long password", Set.of()), administrator()));
	}

	@Test
	void refusesADelegateOfADelegationNotInTheRegister() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.accounts
			.open(new NewAccount(fresh("x"), "X", "a long password", Set.of(Grant.delegateOf("XYZ"))), administrator()))
			.satisfies((e) -> assertThat(e.field()).isEqualTo("delegation"));
	}

	@Test
	void refusesAShortPassword() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.accounts.open(new NewAccount(fresh("x"), "X", "short", Set.of()), administrator()))
			.satisfies((e) -> assertThat(e.field()).isEqualTo("password"));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "qwertyuiop", "1234567890", "Password123", "1qaz2wsx3edc", "aaaaaaaaaaaa", "............" })
	void refusesACommonPasswordOrOneCharacterRepeated(String password) {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.accounts.open(new NewAccount(fresh("x"), "X", password, Set.of()), administrator()))
			.satisfies((e) -> assertThat(e.field()).isEqualTo("password"))
			.withMessageContaining("most common");
	}

	@Test
	void refusesACommonPasswordAsANewOneToo() {
		var username = fresh("chair");
		this.accounts.open(new NewAccount(username, "Chair", "the first password", Set.of()), administrator());
		var chair = new Actor(username, Set.of());
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.accounts.changePassword(chair, "the first password", "manchester"))
			.satisfies((e) -> assertThat(e.field()).isEqualTo("newPassword"));
	}

	@Test
	void onlyAnAdministratorOpensAccounts() {
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(
				() -> this.accounts.open(new NewAccount(fresh("x"), "X", "a long password", Set.of()), pgaOffice()));
	}

	@Test
	void refusesAPasswordChangeWithTheWrongCurrentPassword() {
		var username = fresh("chair");
		this.accounts.open(new NewAccount(username, "Chair", "the first password", Set.of()), administrator());
		var actor = new Actor(username, Set.of());
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.accounts.changePassword(actor, "not the password", "the second password"))
			.satisfies((e) -> assertThat(e.field()).isEqualTo("currentPassword"));
		this.accounts.changePassword(actor, "the first password", "the second password");
	}

	@Test
	void onlyAnAdministratorReadsTheAuditTrail() {
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.audit.entries(null, 0, pgaOffice()));
	}

	private static String fresh(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
