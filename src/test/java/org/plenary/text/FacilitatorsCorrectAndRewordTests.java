package org.plenary.text;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.NotYourProcess;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.system.WordDiff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The facilitators correct how a revision read from text was matched to the one before (a
 * paragraph continues another, or is new), and reword a draft's paragraphs before issuing
 * it; nobody else may, and an issued revision's words never change.
 */
@PlenaryIntegrationTest
class FacilitatorsCorrectAndRewordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void aFacilitatorLinksARewrittenParagraphToItsPredecessorAndTheComparisonAndHistoryFollow() throws Exception {
		var setup = twoRevisions();
		var before = this.texts.compare(setup.zero().id(), setup.rev1().id(), setup.facilitator());
		var added = before.paragraphs()
			.stream()
			.filter((p) -> p.status() == RevisionComparison.Status.ADDED)
			.findFirst()
			.orElseThrow();
		var gone = before.paragraphs()
			.stream()
			.filter((p) -> p.status() == RevisionComparison.Status.DELETED)
			.findFirst()
			.orElseThrow();
		assertThat(added.textAfter()).startsWith("Member States undertake");
		assertThat(gone.textBefore()).startsWith("We commit to share data");

		var facilitator = this.accounts.holding(Grant.facilitatorOf(setup.process()));
		var page = this.mvc.get()
			.uri("/revisions/{a}/compare/{b}", setup.zero().id(), setup.rev1().id())
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.exchange();
		assertThat(page.getResponse().getContentAsString()).contains("Paragraph 2. continues", "Correct the match");
		var corrected = this.mvc.post()
			.uri("/revisions/{id}/paragraphs/{l}/match", setup.rev1().id(), added.lineage())
			.param("predecessor", gone.lineage().toString())
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.with(csrf())
			.exchange();
		assertThat(corrected).hasStatus3xxRedirection()
			.hasRedirectedUrl("/revisions/" + setup.zero().id() + "/compare/" + setup.rev1().id());

		var after = this.texts.compare(setup.zero().id(), setup.rev1().id(), Actor.anonymous());
		assertThat(after.paragraphs()).extracting(RevisionComparison.ParagraphChange::status)
			.containsExactly(RevisionComparison.Status.UNCHANGED, RevisionComparison.Status.CHANGED);
		assertThat(after.paragraphs().get(1).words()).filteredOn((w) -> w.change() == WordDiff.Change.KEPT)
			.extracting(WordDiff.Run::text)
			.anySatisfy((kept) -> assertThat(kept).contains("share data"));
		var history = this.texts.history(setup.text(), gone.lineage(), Actor.anonymous());
		assertThat(history.steps()).extracting(ParagraphHistory.Step::text)
			.containsExactly("We commit to share data in line with national legislation.",
					"Member States undertake to share data, wherever the law allows it, with one another.");
		var shown = this.mvc.get()
			.uri("/revisions/{a}/compare/{b}", setup.zero().id(), setup.rev1().id())
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.exchange();
		assertThat(shown.getResponse().getContentAsString()).contains("matched by the facilitators");
	}

	@Test
	void aFacilitatorMarksAWronglyMatchedParagraphAsNewAndTheAmendmentsToItFollow() {
		var process = aProcess();
		var facilitator = Actors.facilitatorOf(process);
		var text = this.texts.create(new org.plenary.process.ProcessId(process), "A text (new paragraph)", null,
				facilitator);
		var zero = this.texts.importRevision(text.id(), null, """
				1. We commit to hold a review of progress every four years at the General Assembly.
				""", false, facilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), facilitator);
		var rev1 = this.texts.importRevision(text.id(), null, """
				1. We commit to hold a review of progress every two years at the General Assembly.
				""", false, facilitator);
		this.texts.issue(rev1.id(), LocalDate.of(2018, 3, 5), facilitator);
		var lineage = rev1.paragraphs().get(0).lineage();
		assertThat(lineage).isEqualTo(zero.paragraphs().get(0).lineage());
		var tabled = this.texts.table(rev1.id(), new TableAmendment(lineage, AmendmentKind.DELETE_WORDS,
				"at the General Assembly", null, null, null, null, "MEX"), Actors.delegateOf("MEX"));

		this.texts.correctMatch(rev1.id(), lineage, null, facilitator);

		var comparison = this.texts.compare(zero.id(), rev1.id(), Actor.anonymous());
		assertThat(comparison.paragraphs()).extracting(RevisionComparison.ParagraphChange::status)
			.containsExactlyInAnyOrder(RevisionComparison.Status.ADDED, RevisionComparison.Status.DELETED);
		var now = this.texts.revision(rev1.id(), Actor.anonymous()).paragraphs().get(0).lineage();
		assertThat(this.texts.amendment(tabled.id()).paragraph()).isEqualTo(now);
		assertThat(this.texts.history(text.id(), now, Actor.anonymous()).steps())
			.extracting(ParagraphHistory.Step::text)
			.containsExactly(null, "We commit to hold a review of progress every two years at the General Assembly.");
	}

	@Test
	void onlyTheFacilitatorsOfTheProcessCorrectAMatchOrRewordADraft() {
		var setup = twoRevisions();
		var lineage = setup.rev1().paragraphs().get(0).lineage();
		var other = Actors.facilitatorOf(aProcess());

		assertThatThrownBy(() -> this.texts.correctMatch(setup.rev1().id(), lineage, null, Actors.delegateOf("MEX")))
			.isInstanceOf(NotYourProcess.class);
		assertThatThrownBy(() -> this.texts.correctMatch(setup.rev1().id(), lineage, null, other))
			.isInstanceOf(NotYourProcess.class);
		assertThat(this.texts.compare(setup.zero().id(), setup.rev1().id(), Actor.anonymous()).paragraphs())
			.filteredOn((p) -> p.status() == RevisionComparison.Status.UNCHANGED)
			.hasSize(1);
	}

	@Test
	void theFacilitatorsRewordADraftsParagraphBeforeIssuingItAndAnIssuedOneNeverChanges() throws Exception {
		var process = aProcess();
		var facilitator = this.accounts.holding(Grant.facilitatorOf(process));
		var text = this.texts.create(new org.plenary.process.ProcessId(process), "A text (reworded)", null,
				Actors.facilitatorOf(process));
		var draft = this.texts.importRevision(text.id(), null, """
				1. We commit to cooperate on international migration.
				2. We will review progress every four years.
				""", false, Actors.facilitatorOf(process));
		var second = draft.paragraphs().get(1).lineage();
		var page = this.mvc.get()
			.uri("/revisions/{id}", draft.id())
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.exchange();
		assertThat(page.getResponse().getContentAsString()).contains("Edit the wording of 2.",
				"/revisions/" + draft.id() + "/paragraphs/" + second + "/text");

		var saved = this.mvc.post()
			.uri("/revisions/{id}/paragraphs/{l}/text", draft.id(), second)
			.param("text", "We will review progress every two years, <b>as a compromise</b>.")
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.with(csrf())
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		var reread = this.mvc.get()
			.uri("/revisions/{id}", draft.id())
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.exchange();
		assertThat(reread.getResponse().getContentAsString())
			.contains("We will review progress every two years, &lt;b&gt;as a compromise&lt;/b&gt;.")
			.doesNotContain("every four years");

		// A draft is not even seen by others (404), as everywhere in texts.
		assertThatThrownBy(() -> this.texts.reword(draft.id(), second, "Other words.", Actors.delegateOf("MEX")))
			.isInstanceOfSatisfying(TextRefusal.class, (r) -> assertThat(r.getStatusCode().value()).isEqualTo(404));
		assertThatThrownBy(
				() -> this.texts.reword(draft.id(), second, "Other words.", Actors.facilitatorOf(aProcess())))
			.isInstanceOfSatisfying(TextRefusal.class, (r) -> assertThat(r.getStatusCode().value()).isEqualTo(404));
		this.texts.issue(draft.id(), LocalDate.of(2018, 2, 5), Actors.facilitatorOf(process));
		assertThatThrownBy(() -> this.texts.reword(draft.id(), second, "Other words.", Actors.facilitatorOf(process)))
			.isInstanceOfSatisfying(TextRefusal.class, (r) -> assertThat(r.getStatusCode().value()).isEqualTo(409));
		var issued = this.mvc.get()
			.uri("/revisions/{id}", draft.id())
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.exchange();
		assertThat(issued.getResponse().getContentAsString()).doesNotContain("Edit the wording");
	}

	@Test
	void issuingADraftAsksFirstAndIssuesOnlyOnceConfirmed() throws Exception {
		var process = aProcess();
		var facilitator = this.accounts.holding(Grant.facilitatorOf(process));
		var text = this.texts.create(new org.plenary.process.ProcessId(process), "A text (confirmed)", null,
				Actors.facilitatorOf(process));
		var draft = this.texts.importRevision(text.id(), null, "1. We commit to cooperate.", false,
				Actors.facilitatorOf(process));

		var asked = this.mvc.post()
			.uri("/revisions/{id}/issue", draft.id())
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.with(csrf())
			.exchange();
		assertThat(asked.getResponse().getContentAsString()).contains("Issue this revision?",
				"An issued revision never changes", "Yes, issue the revision");
		assertThat(this.texts.revision(draft.id(), Actors.facilitatorOf(process)).issued()).isFalse();

		var confirmed = this.mvc.post()
			.uri("/revisions/{id}/issue", draft.id())
			.param("confirmed", "true")
			.with(user(this.users.loadUserByUsername(facilitator.username())))
			.with(csrf())
			.exchange();
		assertThat(confirmed).hasStatus3xxRedirection();
		assertThat(this.texts.revision(draft.id(), Actor.anonymous()).issued()).isTrue();
	}

	private UUID aProcess() {
		return this.processes
			.create(new NewProcess("CM " + UUID.randomUUID().toString().substring(0, 6), "Matches corrected", null,
					null), Actors.administrator())
			.id()
			.value();
	}

	/**
	 * A zero draft and a Rev.1 read from text in which the second paragraph was rewritten
	 * beyond recognition by its words.
	 */
	private Setup twoRevisions() {
		var process = aProcess();
		var facilitator = Actors.facilitatorOf(process);
		var text = this.texts.create(new org.plenary.process.ProcessId(process), "A text (matches)", null, facilitator);
		var zero = this.texts.importRevision(text.id(), null, """
				1. We commit to strengthen the global evidence base on international migration.
				2. We commit to share data in line with national legislation.
				""", false, facilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), facilitator);
		var rev1 = this.texts.importRevision(text.id(), null, """
				1. We commit to strengthen the global evidence base on international migration.
				2. Member States undertake to share data, wherever the law allows it, with one another.
				""", false, facilitator);
		this.texts.issue(rev1.id(), LocalDate.of(2018, 3, 5), facilitator);
		return new Setup(process, text.id(), this.texts.revision(zero.id(), Actor.anonymous()), rev1, facilitator);
	}

	record Setup(UUID process, TextId text, RevisionView zero, RevisionView rev1, Actor facilitator) {
	}

}
