package org.plenary.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class GrantTests {

	@Test
	void refusesAFacilitatorWithoutAProcess() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Grant(Role.FACILITATOR, null, null))
			.withMessageContaining("held for a process");
	}

	@Test
	void refusesADelegateWithoutADelegation() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Grant(Role.DELEGATE, null, null))
			.withMessageContaining("held for a delegation");
	}

	@Test
	void refusesAnAdministratorHeldForAProcess() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Grant(Role.ADMINISTRATOR, UUID.randomUUID(), null));
	}

	@Test
	void refusesADelegateHeldForAProcessToo() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Grant(Role.DELEGATE, UUID.randomUUID(), "MEX"));
	}

	@Test
	void acceptsEachRoleWithTheScopeItNeeds() {
		assertThatNoException().isThrownBy(() -> {
			Grant.of(Role.PGA_OFFICE);
			Grant.of(Role.OBSERVER);
			Grant.facilitatorOf(UUID.randomUUID());
			Grant.secretariatOf(UUID.randomUUID());
			Grant.delegateOf("MEX");
		});
	}

}
