package org.plenary.mail;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Signatory;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.plenary.identity.Actors.administrator;
import static org.plenary.identity.Actors.facilitatorOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Addresses, subscriptions and the outbox through the API and the pages: who keeps which
 * address, what is refused and why, and what the administrator and the letter's page
 * show.
 */
@PlenaryIntegrationTest
class MailApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Outbox outbox;

	@Autowired
	Letters letters;

	@Autowired
	Processes processes;

	@Autowired
	UserDetailsService users;

	/** A signed-in person on the pages (the pages take no HTTP Basic). */
	private RequestPostProcessor page(TestAccounts.Credentials who) {
		return user(this.users.loadUserByUsername(who.username()));
	}

	@Test
	void theDemoRegisterGivesEveryMissionAnAddressAtTheReservedExampleDomain() throws Exception {
		var secretariat = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		this.mvc.perform(get("/api/mail/missions").with(secretariat.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(196))
			.andExpect(jsonPath("$[?(@.delegation == 'FRA')].address")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.endsWith("@example.org"))));
	}

	@Test
	void theHealthGroupMailShowsTheOutbox() throws Exception {
		this.mvc.perform(get("/actuator/health/mail"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.outbox.status").value("UP"));
	}

	@Test
	void aDelegateKeepsTheAddressOfTheirOwnMissionOnly() throws Exception {
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		this.mvc
			.perform(put("/api/mail/missions/MEX").with(mexico.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"address\":\"Mision.Mexico@Example.ORG\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address").value("Mision.Mexico@example.org"));
		this.mvc.perform(get("/api/mail/missions").with(mexico.basic()))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].delegation").value("MEX"));

		this.mvc
			.perform(put("/api/mail/missions/FRA").with(mexico.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"address\":\"hijacked@example.org\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(post("/api/mail/missions/FRA/test").with(mexico.basic())).andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/mail/missions/FRA").contentType(MediaType.APPLICATION_JSON)
				.content("{\"address\":\"hijacked@example.org\"}"))
			.andExpect(status().isUnauthorized());
		var secretariat = this.accounts.holding(Grant.secretariatOf(this.processes.process("ign").id().value()));
		this.mvc
			.perform(put("/api/mail/missions/MEX").with(secretariat.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"address\":\"pm.mex@example.org\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void refusesAnAddressThatIsNotOneWithTheFieldAndTheReason() throws Exception {
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		for (var bad : List.of("not an address", "a@b", "x@example.org\\r\\nBcc: all@example.org", "",
				"a".repeat(250) + "@example.org")) {
			this.mvc
				.perform(put("/api/mail/missions/MEX").with(mexico.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"address\":\"" + bad + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("address"));
			this.mvc
				.perform(put("/api/mail/me").with(mexico.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"address\":\"" + bad + "\"}"))
				.andExpect(bad.isEmpty() ? status().isOk() : status().isBadRequest());
		}
		this.mvc
			.perform(put("/api/mail/missions/XXX").with(mexico.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"address\":\"a@example.org\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/mail/subscriptions/" + UUID.randomUUID()).with(mexico.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"letters\":true}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/mail/outbox").param("status", "LOST")
				.with(this.accounts.holding(Grant.of(Role.ADMINISTRATOR)).basic()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aTestMessageGoesToTheAddressOnRequest() throws Exception {
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		this.mvc.perform(post("/api/mail/missions/MEX/test").with(mexico.basic())).andExpect(status().isAccepted());
		this.mvc
			.perform(put("/api/mail/me").with(mexico.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"address\":\"" + mexico.username() + "@example.org\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address").value(mexico.username() + "@example.org"));
		this.mvc.perform(post("/api/mail/me/test").with(mexico.basic())).andExpect(status().isAccepted());

		var tests = this.outbox.messages(OutboxStatus.QUEUED, 1000, administrator())
			.stream()
			.filter((m) -> m.cause().equals("test:" + mexico.username()))
			.toList();
		assertThat(tests).singleElement().satisfies((m) -> {
			assertThat(m.recipient()).isEqualTo(mexico.username() + "@example.org");
			assertThat(m.body()).contains("test message").contains(mexico.username());
		});
		assertThat(this.outbox.delivery("test:MEX").queued()).isPositive();
	}

	@Test
	void theOutboxIsTheAdministratorsAndShowsEachMessageAsTheMissionReadsItEscaped() throws Exception {
		var process = this.processes.create(new NewProcess("O" + UUID.randomUUID().toString().substring(0, 6),
				"A process for the outbox", null, null), administrator());
		var facilitator = facilitatorOf(process.id().value());
		var letter = this.letters.compose(
				new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), "New York",
						LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
						List.of("<script>alert('mission')</script> We write to you."),
						List.of(new Signatory("Jane <b>Doe</b>", null, null)), List.of(), null, List.of()),
				facilitator);
		this.letters.sign(letter.id(), facilitator);
		this.letters.circulate(letter.id(), facilitator);
		var admin = this.accounts.holding(Grant.of(Role.ADMINISTRATOR));
		var message = this.outbox.messages(null, 1000, administrator())
			.stream()
			.filter((m) -> m.cause().equals("letter:" + letter.id()) && m.recipient().equals("pm.bra@example.org"))
			.findFirst()
			.orElseThrow();

		this.mvc.perform(get("/letters/" + letter.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(", 196 messages queued")));
		this.mvc.perform(get("/admin/mail").with(page(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pm.bra@example.org")));
		this.mvc.perform(get("/admin/mail/" + message.id()).with(page(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;mission&#39;)&lt;/script&gt;")))
			.andExpect(content().string(containsString("Jane &lt;b&gt;Doe&lt;/b&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("letter-2034-02-13.pdf")));
		this.mvc.perform(get("/admin/mail/" + message.id() + "/attachment").with(page(admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		this.mvc.perform(get("/api/mail/outbox").with(this.accounts.holding(Grant.delegateOf("BRA")).basic()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/mail/outbox").param("status", "QUEUED").with(admin.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("QUEUED"));

		this.mvc.perform(post("/admin/mail/" + message.id() + "/retry").with(page(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/api/mail/outbox/" + message.id() + "/retry").with(admin.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attempts").value(0))
			.andExpect(jsonPath("$.status").value("QUEUED"));
	}

	@Test
	void aSignedInPersonKeepsTheirAddressAndSubscriptionsOnTheirPage() throws Exception {
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		var ign = this.processes.process("ign");
		this.mvc
			.perform(post("/account/mail/address").with(page(mexico))
				.with(csrf())
				.param("address", mexico.username() + "@example.org"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/account/mail/subscriptions/" + ign.id()).with(page(mexico))
				.with(csrf())
				.param("letters", "true")
				.param("digest", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/mail/me").with(mexico.basic()))
			.andExpect(jsonPath("$.address").value(mexico.username() + "@example.org"))
			.andExpect(jsonPath("$.subscriptions[0].letters").value(true))
			.andExpect(jsonPath("$.subscriptions[0].programme").value(false))
			.andExpect(jsonPath("$.subscriptions[0].digest").value(true));
		this.mvc.perform(get("/account/mail").with(page(mexico)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mexico.username() + "@example.org")))
			.andExpect(content().string(containsString("Mexico")));
		this.mvc.perform(post("/account/mail/address").with(page(mexico)).with(csrf()).param("address", "nope"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not an e-mail address")));
	}

}
