package org.plenary.identity;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Accounts allAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signsInWithTheRightPassword() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		this.mvc.perform(formLogin().user(delegate.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void refusesAWrongPassword() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		this.mvc.perform(formLogin().user(delegate.username()).password("wrong"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void locksTheAccountAfterFiveFailedSignInsEvenWithTheRightPasswordAfterwards() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(delegate.username()).password("guess " + i));
		}
		this.mvc.perform(formLogin().user(delegate.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		// The API's HTTP Basic goes through the same lock.
		this.mvc.perform(get("/api/accounts").with(httpBasic(delegate.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anAdministratorUnlocksALockedAccount() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin().user(delegate.username()).password("guess " + i));
		}
		var id = this.allAccounts.all(Actors.administrator())
			.stream()
			.filter((a) -> a.username().equals(delegate.username()))
			.findFirst()
			.orElseThrow()
			.id();
		assertThat(this.allAccounts.account(id, Actors.administrator()).locked()).isTrue();

		this.allAccounts.unlock(id, Actors.administrator());

		this.mvc.perform(formLogin().user(delegate.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void storesPasswordsOnlyAsSlowHashes() {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		var hash = this.jdbc.queryForObject("select password_hash from identity_account where username = ?",
				String.class, delegate.username());
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
	}

	@Test
	void opensTheFirstAdministratorWithTheConfiguredPassword() throws Exception {
		this.mvc.perform(formLogin().user("admin").password("admin-password-for-tests")).andExpect(redirectedUrl("/"));
	}

	@Test
	void keepsSignInSessionsInTheDatabase() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		this.mvc.perform(formLogin().user(delegate.username()).password(TestAccounts.PASSWORD));
		var sessions = this.jdbc.queryForObject("select count(*) from identity_session where principal_name = ?",
				Integer.class, delegate.username());
		assertThat(sessions).isEqualTo(1);
	}

}
