package org.plenary.text;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.TestAccounts;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amendments the way delegates expect them: only the current revision takes them, a
 * delegation withdraws its own, sees its stance and takes none on its own amendment; the
 * compilation names paragraphs and delegations, shows what each amendment proposes, and
 * brackets an opposed new paragraph.
 */
@PlenaryIntegrationTest
class AmendmentsInPlaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Autowired
	TestAccounts accounts;

	@Test
	void aSupersededRevisionSaysSoAndRefusesAmendments() throws Exception {
		var text = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var zero = this.texts.revision(text.revisions().get(0).id(), Actor.anonymous());
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));

		assertThat(this.mvc.post()
			.uri("/api/revisions/{id}/amendments", zero.id())
			.with(mexico.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"holder\":\"MEX\",\"kind\":\"DELETE_PARAGRAPH\",\"paragraph\":\"%s\"}"
				.formatted(zero.paragraphs().get(0).lineage())))
			.hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.detail", (d) -> d.assertThat().asString().contains("superseded by Rev.1"));
		var page = this.mvc.get().uri("/revisions/{id}", zero.id()).with(signedIn(mexico)).exchange();
		assertThat(page.getResponse().getContentAsString()).contains("Zero draft was superseded by Rev.1")
			.doesNotContain("name=\"oldWords\"");
		var current = this.mvc.get()
			.uri("/revisions/{id}", text.revisions().get(1).id())
			.with(signedIn(mexico))
			.exchange();
		assertThat(current.getResponse().getContentAsString()).contains("name=\"oldWords\"")
			.doesNotContain("was superseded");
	}

	@Test
	void theCompilationNamesParagraphsShowsEveryProposalAndTheDelegationsOwnStance() throws Exception {
		var process = this.processes.create(
				new NewProcess("AP " + UUID.randomUUID().toString().substring(0, 6), "Amendments in place", null, null),
				Actors.administrator());
		var facilitator = Actors.facilitatorOf(process.id().value());
		var text = this.texts.create(process.id(), "Compact (amendments test)", null, facilitator);
		var zero = this.texts.importRevision(text.id(), null, """
				Objective 1: Data
				1. We commit to strengthen the global evidence base on international migration.
				2. We commit to share data in line with national legislation.
				""", false, facilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), facilitator);
		var first = zero.paragraphs().get(0).lineage();
		var second = zero.paragraphs().get(1).lineage();
		var deletion = this.texts.table(zero.id(),
				new TableAmendment(second, AmendmentKind.DELETE_PARAGRAPH, null, null, null, null, null, "MEX"),
				Actors.delegateOf("MEX"));
		this.texts.back(deletion.id(), "CHL", Stance.OPPOSE, Actors.delegateOf("CHL"));
		var added = this.texts.table(zero.id(),
				new TableAmendment(first, AmendmentKind.ADD_PARAGRAPH, null, null,
						"We commit to fund statistical offices.", ParagraphKind.OPERATIVE, null, "BRA"),
				Actors.delegateOf("BRA"));
		this.texts.back(added.id(), "USA", Stance.OPPOSE, Actors.delegateOf("USA"));

		assertThat(this.texts.compilation(zero.id(), null, "Mexico", null, Actor.anonymous()).amendments())
			.extracting(AmendmentView::id)
			.containsExactly(deletion.id());
		assertThat(this.texts.compilation(zero.id(), null, "chile", null, Actor.anonymous()).amendments())
			.extracting(AmendmentView::id)
			.containsExactly(deletion.id());

		var asMexico = page(zero.id(), "MEX");
		assertThat(asMexico).as("the paragraph named, and what deleting it proposes")
			.contains("#p-" + second + "\">2.</a>",
					"Delete the paragraph</span>: <del dir=\"auto\">We commit to share data in line with national legislation.</del>")
			.as("the opposed new paragraph bracketed")
			.contains("<span>[</span><ins>We commit to fund statistical offices.</ins>")
			.as("no stance on one's own amendment, a withdrawal instead, which asks whether to withdraw")
			.contains("/amendments/" + deletion.id() + "/withdraw\"", "data-confirm=\"Withdraw this amendment?\"");
		assertThat(asMexico.split("/amendments/" + deletion.id() + "/stances")).hasSize(1);
		var asChile = page(zero.id(), "CHL");
		assertThat(asChile).contains("Your stance: Oppose", "aria-pressed=\"true\"")
			.contains("/amendments/" + deletion.id() + "/stances")
			.doesNotContain("/withdraw\"");

		var mexico = signedIn(this.accounts.holding(Grant.delegateOf("MEX")));
		var asked = this.mvc.post()
			.uri("/amendments/{id}/withdraw", deletion.id())
			.with(mexico)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(asked.getResponse().getContentAsString()).as("without JavaScript, the question first")
			.contains("Withdraw this amendment?", "Yes, withdraw the amendment");
		assertThat(this.texts.amendment(deletion.id()).status()).isEqualTo(AmendmentStatus.TABLED);
		this.mvc.post()
			.uri("/amendments/{id}/withdraw", deletion.id())
			.param("confirmed", "true")
			.with(mexico)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(this.texts.amendment(deletion.id()).status()).isEqualTo(AmendmentStatus.WITHDRAWN);
	}

	@Test
	void aRefusedAmendmentReturnsToItsFormWithWhatWasTypedNamingTheParagraphAndTheField() throws Exception {
		var process = this.processes.create(
				new NewProcess("AR " + UUID.randomUUID().toString().substring(0, 6), "Amendment refused", null, null),
				Actors.administrator());
		var facilitator = Actors.facilitatorOf(process.id().value());
		var text = this.texts.create(process.id(), "Compact (refusal test)", null, facilitator);
		var zero = this.texts.importRevision(text.id(), null, """
				1. We commit to cooperate on international migration.
				2. We will review progress every four years.
				""", false, facilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), facilitator);
		var second = zero.paragraphs().get(1).lineage();
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));

		var refused = this.mvc.post()
			.uri("/revisions/{id}/amendments", zero.id())
			.param("holder", "MEX")
			.param("kind", "REPLACE_WORDS")
			.param("paragraph", second.toString())
			.param("oldWords", "every five years")
			.param("newWords", "every <two> years")
			.with(signedIn(mexico))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(refused).hasStatus3xxRedirection().hasRedirectedUrl("/revisions/" + zero.id());

		var form = this.mvc.get()
			.uri("/revisions/{id}", zero.id())
			.with(signedIn(mexico))
			.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
					refused.getMvcResult().getFlashMap())
			.exchange();
		assertThat(form.getResponse().getContentAsString()).contains(
				"Paragraph 2., Words to delete or replace, as they stand: &quot;every five years&quot; is not in the paragraph.")
			.contains("name=\"oldWords\" dir=\"auto\" value=\"every five years\"",
					">every &lt;two&gt; years</textarea>")
			.contains("<option value=\"REPLACE_WORDS\" selected=\"selected\">")
			.contains("<option value=\"" + second + "\" selected=\"selected\">");
		var page = org.jsoup.Jsoup.parse(form.getResponse().getContentAsString());
		assertThat(page.select("#page-problem").attr("href")).as("the summary links to its field")
			.isEqualTo("#oldWords");
		assertThat(page.getElementById("oldWords").attr("aria-invalid")).isEqualTo("true");

		var forBrazil = this.mvc.post()
			.uri("/revisions/{id}/amendments", zero.id())
			.param("holder", "BRA")
			.param("kind", "REPLACE_WORDS")
			.param("paragraph", second.toString())
			.param("oldWords", "every four years")
			.param("newWords", "every two years")
			.param("explanation", "Typed with care")
			.with(signedIn(mexico))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(forBrazil).as("who may not is still refused").hasStatus(403);
		var kept = org.jsoup.Jsoup.parse(forBrazil.getResponse().getContentAsString());
		assertThat(kept.getElementById("holder").val()).isEqualTo("BRA");
		assertThat(kept.getElementById("holder").attr("aria-invalid")).isEqualTo("true");
		assertThat(kept.getElementById("explanation").text()).isEqualTo("Typed with care");
		assertThat(kept.getElementById("newWords").text()).isEqualTo("every two years");
		assertThat(kept.select("#page-problem").attr("href")).isEqualTo("#holder");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(
			TestAccounts.Credentials account) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(account.username());
	}

	private String page(RevisionId revision, String delegation) throws Exception {
		var response = this.mvc.get()
			.uri("/revisions/{id}/compilation", revision)
			.with(signedIn(this.accounts.holding(Grant.delegateOf(delegation))))
			.exchange();
		assertThat(response).hasStatusOk();
		return response.getResponse().getContentAsString();
	}

}
