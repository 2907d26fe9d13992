package org.plenary.identity;

import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.system.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A second factor through the pages, as an administrator turns it on and signs in with
 * it: nothing is signed in until the code is right, a code is good once, a recovery code
 * once, and HTTP Basic is closed to the account.
 */
@PlenaryIntegrationTest
class SecondFactorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void signsInOnlyOnceTheCodeFromTheAppIsRight() throws Exception {
		var admin = this.accounts.holding(Grant.of(Role.ADMINISTRATOR));
		var actor = new Actor(admin.username(), java.util.Set.of(Grant.of(Role.ADMINISTRATOR)));
		var enrolment = this.secondFactors.start(actor);
		assertThat(enrolment.qrSvg()).startsWith("<svg").contains("<path d=\"M");
		// The first code proves the app read the secret; it is then spent.
		var enrolledAt = this.secondFactors.enrol(actor, enrolment.secret(), codeOf(enrolment.secret(), 0));
		assertThat(enrolledAt).hasSize(10).allSatisfy((code) -> assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}"));

		var password = this.mvc.perform(formLogin().user(admin.username()).password(TestAccounts.PASSWORD))
			.andReturn()
			.getResponse();
		assertThat(password.getRedirectedUrl()).isEqualTo("/login/second-factor");
		var session = password.getCookie("SESSION");
		assertThat(this.mvc.perform(get("/admin/accounts").cookie(session)).andReturn().getResponse().getStatus())
			.as("the password alone signs nothing in")
			.isEqualTo(302);

		var wrong = this.mvc.perform(post("/login/second-factor").param("code", "000000").with(csrf()).cookie(session))
			.andReturn()
			.getResponse();
		assertThat(wrong.getContentAsString()).contains("That code is not right");

		var right = this.mvc.perform(
				post("/login/second-factor").param("code", codeOf(enrolment.secret(), 1)).with(csrf()).cookie(session))
			.andReturn()
			.getResponse();
		assertThat(right.getRedirectedUrl()).isEqualTo("/");
		var signedIn = right.getCookie("SESSION") != null ? right.getCookie("SESSION") : session;
		assertThat(this.mvc.perform(get("/admin/accounts").cookie(signedIn)).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		assertThat(this.secondFactors.check(admin.username(), codeOf(enrolment.secret(), 1), "10.70.0.1"))
			.as("the same code again")
			.isEqualTo(SecondFactors.Check.WRONG);
		assertThat(this.secondFactors.check(admin.username(), enrolledAt.get(0).toUpperCase(), "10.70.0.1"))
			.as("a recovery code")
			.isEqualTo(SecondFactors.Check.ACCEPTED);
		assertThat(this.secondFactors.check(admin.username(), enrolledAt.get(0), "10.70.0.1"))
			.as("the recovery code again")
			.isEqualTo(SecondFactors.Check.WRONG);
		assertThat(this.secondFactors.recoveryCodesLeft(admin.username())).isEqualTo(9);
	}

	@Test
	void closesHttpBasicToAnAccountWithASecondFactor() throws Exception {
		var admin = this.accounts.holding(Grant.of(Role.ADMINISTRATOR));
		var actor = new Actor(admin.username(), java.util.Set.of(Grant.of(Role.ADMINISTRATOR)));
		var enrolment = this.secondFactors.start(actor);
		this.secondFactors.enrol(actor, enrolment.secret(), codeOf(enrolment.secret(), 0));

		this.mvc.perform(get("/api/accounts").with(admin.basic()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail")
				.value("This account signs in with a second factor, on the pages only: HTTP Basic is closed to it."));
	}

	@Test
	void refusesWrongCodesBeyondTheLimitAndNeverEnrolsOnAWrongCode() {
		var chair = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		var actor = new Actor(chair.username(), java.util.Set.of(Grant.of(Role.PGA_OFFICE)));
		var enrolment = this.secondFactors.start(actor);
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.secondFactors.enrol(actor, enrolment.secret(), "000000"))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("code"));
		assertThat(this.secondFactors.isEnrolled(chair.username())).isFalse();
		this.secondFactors.enrol(actor, enrolment.secret(), codeOf(enrolment.secret(), 0));

		for (int i = 0; i < 5; i++) {
			assertThat(this.secondFactors.check(chair.username(), "00000" + i, "10.71.0.1"))
				.isEqualTo(SecondFactors.Check.WRONG);
		}
		assertThat(this.secondFactors.check(chair.username(), codeOf(enrolment.secret(), 1), "10.71.0.1"))
			.as("even the right code, after five wrong ones from here")
			.isEqualTo(SecondFactors.Check.TOO_MANY);
	}

	@Test
	void isNotOfferedToADelegate() {
		var delegate = new Actor("someone", java.util.Set.of(Grant.delegateOf("MEX")));
		assertThat(this.secondFactors.isOffered(delegate)).isFalse();
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.secondFactors.start(delegate));
	}

	/**
	 * The code an app shows, steps ahead of now (each step is a code not used before).
	 */
	private static String codeOf(String secret, int stepsAhead) {
		return Totp.code(Totp.fromBase32(secret), Totp.stepAt(Instant.now()) + stepsAhead, 6);

	}

}
