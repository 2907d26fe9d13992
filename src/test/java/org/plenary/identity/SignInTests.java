package org.plenary.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
		var listed = this.allAccounts.all(Actors.administrator())
			.stream()
			.filter((a) -> a.username().equals(delegate.username()))
			.findFirst()
			.orElseThrow();
		var id = listed.id();
		// The list (read in one query for all accounts) and the account's own page agree.
		assertThat(listed.locked()).isTrue();
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

	@Test
	void sixtyParallelGuessesGetFivePasswordChecksNoErrorAndTheOwnerStillSignsInElsewhere() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		var pool = Executors.newFixedThreadPool(12);
		try {
			var answers = new ArrayList<Future<MockHttpServletResponse>>();
			for (int i = 0; i < 60; i++) {
				var guess = "guess " + i;
				answers.add(pool.submit(() -> signIn(delegate.username(), guess, "10.60.0.1")));
			}
			var redirects = new ArrayList<String>();
			for (var answer : answers) {
				var response = answer.get();
				assertThat(response.getStatus()).as("never an error").isEqualTo(302);
				redirects.add(response.getRedirectedUrl());
			}
			assertThat(redirects).as("five passwords checked, the rest refused unchecked")
				.containsOnly("/login?error", "/login?locked")
				.filteredOn("/login?error"::equals)
				.hasSize(5);
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(signIn(delegate.username(), TestAccounts.PASSWORD, "10.60.0.1").getRedirectedUrl())
			.as("the right password from the guesser's address, after the guesses")
			.isEqualTo("/login?locked");
		assertThat(signIn(delegate.username(), TestAccounts.PASSWORD, "10.60.0.2").getRedirectedUrl())
			.as("the owner at another address")
			.isEqualTo("/");
	}

	@Test
	void aRefusedGuesserLearnsNothingFromTheRightPassword() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		for (int i = 0; i < 5; i++) {
			signIn(delegate.username(), "guess " + i, "10.61.0.1");
		}
		var wrong = signIn(delegate.username(), "another guess", "10.61.0.1");
		var right = signIn(delegate.username(), TestAccounts.PASSWORD, "10.61.0.1");
		assertThat(right.getRedirectedUrl()).isEqualTo(wrong.getRedirectedUrl()).isEqualTo("/login?locked");
	}

	@Test
	void refusesAnAddressThatTriesManyAccounts() throws Exception {
		for (int i = 0; i < 30; i++) {
			signIn("nobody-" + i + "-" + java.util.UUID.randomUUID(), "guess", "10.62.0.1");
		}
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		assertThat(signIn(delegate.username(), TestAccounts.PASSWORD, "10.62.0.1").getRedirectedUrl())
			.isEqualTo("/login?throttled");
		this.mvc.perform(get("/api/accounts").with(delegate.basic()).with(from("10.62.0.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(jsonPath("$.detail").value("Too many failed sign-ins from this address; try again later."));
		assertThat(signIn(delegate.username(), TestAccounts.PASSWORD, "10.62.0.2").getRedirectedUrl())
			.as("from another address")
			.isEqualTo("/");
	}

	@Test
	void locksAnAccountGuessedFromManyAddressesUntilAnAdministratorUnlocksIt() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		for (int address = 1; address <= 6; address++) {
			for (int i = 0; i < 5; i++) {
				signIn(delegate.username(), "guess " + i, "10.63.0." + address);
			}
		}
		assertThat(signIn(delegate.username(), TestAccounts.PASSWORD, "10.63.1.1").getRedirectedUrl())
			.isEqualTo("/login?locked");
		var account = this.allAccounts.all(Actors.administrator())
			.stream()
			.filter((a) -> a.username().equals(delegate.username()))
			.findFirst()
			.orElseThrow();
		assertThat(account.locked()).isTrue();

		this.allAccounts.unlock(account.id(), Actors.administrator());

		assertThat(signIn(delegate.username(), TestAccounts.PASSWORD, "10.63.0.1").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void tellsTheOwnerOfFailedSignInsAtTheNextOneThatSucceeds() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		signIn(delegate.username(), "guess 1", "10.64.0.1");
		signIn(delegate.username(), "guess 2", "10.64.0.2");

		assertThat(homeAfterSigningIn(delegate.username(), "10.64.0.3"))
			.contains("There were 2 failed sign-ins on your account since you last signed in.");
		assertThat(homeAfterSigningIn(delegate.username(), "10.64.0.3")).doesNotContain("failed sign-in");
	}

	private String homeAfterSigningIn(String username, String address) throws Exception {
		var signedIn = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", TestAccounts.PASSWORD)
				.with(csrf())
				.with(from(address)))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		var session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).as("a session cookie").isNotNull();
		return this.mvc.perform(get("/").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void countsFailuresInAWindowThatStartsAgainWhenItEnds() {
		var settings = new IdentitySettings(null, 5, 30, 30, Duration.ofMinutes(15));
		var now = Instant.parse("2026-12-06T15:00:00Z");
		var at = new SignInThrottle(this.jdbc, settings, Clock.fixed(now, ZoneOffset.UTC));
		var later = new SignInThrottle(this.jdbc, settings,
				Clock.fixed(now.plus(Duration.ofMinutes(15)), ZoneOffset.UTC));
		var name = "window-" + java.util.UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			assertThat(at.reserve(name, "10.65.0.1")).isNull();
		}
		assertThat(at.reserve(name, "10.65.0.1")).isEqualTo(SignInThrottle.Scope.ACCOUNT_FROM_ADDRESS);
		assertThat(at.refusedFromSomeAddress(name)).isTrue();
		assertThat(later.refusedFromSomeAddress(name)).isFalse();
		assertThat(later.reserve(name, "10.65.0.1")).as("a new window").isNull();
	}

	private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
			.andReturn()
			.getResponse();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
