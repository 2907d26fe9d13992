package org.plenary.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.identity.NotYourDelegation;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.plenary.system.WordDiff;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PlenaryIntegrationTest
class NegotiatedTextsTests {

	private static final String ZERO_DRAFT = """
			Preamble
			We, the Heads of State and Government, have met to affirm our commitment to international cooperation.
			Recalling the New York Declaration for Refugees and Migrants,
			Objective 1: Collect and utilize accurate data
			1. We commit to strengthen the global evidence base on international migration.
			(a) Elaborate a comprehensive strategy;
			(b) Improve the comparability of data;
			2. We commit to share data in line with national legislation.
			""";

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	Actor cofacilitator;

	TextView text;

	@BeforeEach
	void aTextWithItsZeroDraftIssued() {
		var process = this.processes.create(
				new NewProcess("NT " + UUID.randomUUID().toString().substring(0, 6), "A text to negotiate", null, null),
				Actors.administrator());
		this.cofacilitator = Actors.facilitatorOf(process.id().value());
		this.text = this.texts.create(process.id(), "Global compact (test)", null, this.cofacilitator);
		var zero = this.texts.importRevision(this.text.id(), null, ZERO_DRAFT, false, this.cofacilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), this.cofacilitator);
	}

	@Test
	void importsTheZeroDraftAndNumbersItTheWayTheUnDoes() {
		var zero = current();

		assertThat(zero.label()).isEqualTo("Zero draft");
		assertThat(zero.parts()).extracting(RevisionView.Part::heading)
			.containsExactly("Preamble", "Objective 1: Collect and utilize accurate data");
		assertThat(zero.paragraphs()).extracting(RevisionView.ParagraphView::number)
			.containsExactly("PP1", "PP2", "1.", "(a)", "(b)", "2.");
		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(
				() -> this.texts.importRevision(this.text.id(), null, ZERO_DRAFT, false, Actors.delegateOf("MEX")));
		assertThatExceptionOfType(TextRefusal.class)
			.isThrownBy(() -> this.texts.issue(zero.id(), LocalDate.of(2018, 2, 6), this.cofacilitator))
			.withMessageContaining("does not change");
	}

	@Test
	void tablesAmendmentsOnlyForOnesOwnDelegationAndOnlyOnWordsThatStandOnce() {
		var zero = current();
		var evidence = paragraph(zero, "1.");

		assertThatExceptionOfType(NotYourDelegation.class).isThrownBy(() -> this.texts.table(zero.id(),
				new TableAmendment(evidence, AmendmentKind.DELETE_WORDS, "global", null, null, null, null, "MEX"),
				Actors.delegateOf("CHE")));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.texts.table(zero.id(),
					new TableAmendment(paragraph(zero, "2."), AmendmentKind.DELETE_WORDS, "at", null, null, null, null,
							"MEX"),
					Actors.delegateOf("MEX")))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("oldWords"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(
					() -> this.texts.table(zero.id(),
							new TableAmendment(evidence, AmendmentKind.REPLACE_WORDS, "local", null, "regional", null,
									null, "MEX"),
							Actors.delegateOf("MEX")))
			.withMessageContaining("is not in the paragraph");

		var tabled = this.texts.table(zero.id(), new TableAmendment(evidence, AmendmentKind.DELETE_WORDS, "global ",
				null, null, null, "Evidence is national first.", "MEX"), Actors.delegateOf("MEX"));

		assertThat(tabled.holderName()).isEqualTo("Mexico");
		assertThat(tabled.status()).isEqualTo(AmendmentStatus.TABLED);
	}

	@Test
	void compilesEveryAmendmentInlineAttributedAndBracketedWhereDelegationsDisagree() {
		var zero = current();
		var evidence = paragraph(zero, "1.");
		var mexico = this.texts.table(zero.id(), new TableAmendment(evidence, AmendmentKind.REPLACE_WORDS,
				"global evidence base", null, "evidence base", null, null, "MEX"), Actors.delegateOf("MEX"));
		this.texts.back(mexico.id(), "CHL", Stance.CO_SPONSOR, Actors.delegateOf("CHL"));
		this.texts.back(mexico.id(), "L.69", Stance.SUPPORT, Actors.delegateOf("VCT"));
		this.texts.table(zero.id(), new TableAmendment(evidence, AmendmentKind.INSERT_WORDS, null, "global",
				" and regional", null, null, "CHE"), Actors.delegateOf("CHE"));
		var share = this.texts.table(zero.id(), new TableAmendment(paragraph(zero, "2."), AmendmentKind.DELETE_WORDS,
				" in line with national legislation", null, null, null, null, "BRA"), Actors.delegateOf("BRA"));
		this.texts.back(share.id(), "HUN", Stance.OPPOSE, Actors.delegateOf("HUN"));

		var compilation = this.texts.compilation(zero.id(), null, null, null, Actor.anonymous());

		var compiledEvidence = compiled(compilation, "1.");
		var contested = compiledEvidence.segments().stream().filter((s) -> !s.isPlain()).toList();
		assertThat(contested).singleElement().satisfies((segment) -> {
			assertThat(segment.competing()).as("both bear on \"global\"").isTrue();
			assertThat(segment.bracketed()).isTrue();
			assertThat(segment.text()).isEqualTo("global evidence base");
			assertThat(segment.alternatives()).extracting(AmendmentView::attribution)
				.containsExactly("Mexico, co-sponsored by Chile, supported by L.69 Group of Developing Countries",
						"Switzerland");
		});
		var compiledShare = compiled(compilation, "2.");
		assertThat(compiledShare.segments()).filteredOn((s) -> !s.isPlain()).singleElement().satisfies((segment) -> {
			assertThat(segment.competing()).isFalse();
			assertThat(segment.bracketed()).as("opposed by Hungary").isTrue();
			assertThat(segment.alternatives().get(0).attribution()).isEqualTo("Brazil; opposed by Hungary");
		});
		assertThat(this.texts.compilation(zero.id(), null, "HUN", null, Actor.anonymous()).amendments())
			.as("only what Hungary tabled or took a stance on")
			.hasSize(1);
		assertThat(this.texts.compilation(zero.id(), "Preamble", null, null, Actor.anonymous()).parts())
			.extracting(CompilationView.Part::heading)
			.containsExactly("Preamble");
	}

	@Test
	void preparesTheNextRevisionFromTheAcceptedAmendmentsAndComparesTheTwo() {
		var zero = current();
		var accepted = List.of(
				this.texts.table(zero.id(),
						new TableAmendment(paragraph(zero, "1."), AmendmentKind.INSERT_WORDS, null,
								"international migration", " in all its dimensions", null, null, "MEX"),
						Actors.delegateOf("MEX")),
				this.texts.table(zero.id(),
						new TableAmendment(paragraph(zero, "(b)"), AmendmentKind.DELETE_PARAGRAPH, null, null, null,
								null, null, "CHE"),
						Actors.delegateOf("CHE")),
				this.texts.table(zero.id(),
						new TableAmendment(paragraph(zero, "2."), AmendmentKind.ADD_PARAGRAPH, null, null,
								"We commit to invest in the capacity of national statistical offices.",
								ParagraphKind.OPERATIVE, null, "BRA"),
						Actors.delegateOf("BRA")));
		var notRetained = this.texts.table(zero.id(), new TableAmendment(paragraph(zero, "2."),
				AmendmentKind.DELETE_WORDS, "share ", null, null, null, null, "HUN"), Actors.delegateOf("HUN"));
		accepted.forEach(
				(a) -> this.texts.place(a.id(), AmendmentStatus.ACCEPTED, "Agreed in the round", this.cofacilitator));
		this.texts.place(notRetained.id(), AmendmentStatus.NOT_RETAINED, "No support", this.cofacilitator);
		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(
				() -> this.texts.place(notRetained.id(), AmendmentStatus.ACCEPTED, null, Actors.delegateOf("HUN")));

		var rev1 = this.texts.prepareNext(this.text.id(), null, this.cofacilitator);

		assertThat(rev1.label()).isEqualTo("Rev.1");
		assertThat(rev1.paragraphs()).extracting(RevisionView.ParagraphView::number, RevisionView.ParagraphView::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("PP1",
					"We, the Heads of State and Government, have met to affirm our commitment to international cooperation."),
					org.assertj.core.groups.Tuple.tuple("PP2",
							"Recalling the New York Declaration for Refugees and Migrants,"),
					org.assertj.core.groups.Tuple.tuple("1.",
							"We commit to strengthen the global evidence base on international migration in all its dimensions."),
					org.assertj.core.groups.Tuple.tuple("(a)", "Elaborate a comprehensive strategy;"),
					org.assertj.core.groups.Tuple.tuple("2.",
							"We commit to share data in line with national legislation."),
					org.assertj.core.groups.Tuple.tuple("3.",
							"We commit to invest in the capacity of national statistical offices."));
		this.texts.issue(rev1.id(), LocalDate.of(2018, 3, 5), this.cofacilitator);

		var comparison = this.texts.compare(zero.id(), rev1.id(), Actor.anonymous());

		assertThat(comparison.paragraphs()).extracting(RevisionComparison.ParagraphChange::status)
			.containsExactly(RevisionComparison.Status.UNCHANGED, RevisionComparison.Status.UNCHANGED,
					RevisionComparison.Status.CHANGED, RevisionComparison.Status.UNCHANGED,
					RevisionComparison.Status.DELETED, RevisionComparison.Status.UNCHANGED,
					RevisionComparison.Status.ADDED);
		assertThat(comparison.paragraphs().get(4).numberBefore()).as("the deleted (b) stands where it stood")
			.isEqualTo("(b)");
		assertThat(comparison.paragraphs().get(2).words())
			.contains(new WordDiff.Run(WordDiff.Change.INSERTED, "in all its dimensions"));
		assertThat(this.texts.compare(rev1.id(), rev1.id(), Actor.anonymous()).isEmpty())
			.as("a revision compared with itself")
			.isTrue();
		var history = this.texts.history(this.text.id(), paragraph(zero, "(b)"), Actor.anonymous());
		assertThat(history.steps()).extracting(ParagraphHistory.Step::label, ParagraphHistory.Step::number)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Zero draft", "(b)"),
					org.assertj.core.groups.Tuple.tuple("Rev.1", null));
		assertThat(history.steps().get(0).amendments()).extracting(AmendmentView::status)
			.containsExactly(AmendmentStatus.ACCEPTED);
	}

	@Test
	void discardsADraftButNeverAnIssuedRevision() {
		var zero = current();
		var draft = this.texts.importRevision(this.text.id(), "A first try", ZERO_DRAFT, false, this.cofacilitator);
		assertThatExceptionOfType(TextRefusal.class)
			.isThrownBy(() -> this.texts.importRevision(this.text.id(), null, ZERO_DRAFT, false, this.cofacilitator))
			.withMessageContaining("is still a draft");
		assertThatExceptionOfType(NotYourProcess.class)
			.isThrownBy(() -> this.texts.discard(draft.id(), Actors.delegateOf("MEX")));

		this.texts.discard(draft.id(), this.cofacilitator);

		assertThat(this.texts.text(this.text.id(), this.cofacilitator).revisions()).extracting(TextView.Revision::label)
			.containsExactly("Zero draft");
		assertThat(this.texts.importRevision(this.text.id(), null, ZERO_DRAFT, false, this.cofacilitator).label())
			.isEqualTo("Rev.1");
		assertThatExceptionOfType(TextRefusal.class).isThrownBy(() -> this.texts.discard(zero.id(), this.cofacilitator))
			.withMessageContaining("only a draft can be discarded");
	}

	@Test
	void recognizesAParagraphThatMoved() {
		var zero = current();
		var moved = ZERO_DRAFT.replace("""
				1. We commit to strengthen the global evidence base on international migration.
				(a) Elaborate a comprehensive strategy;
				(b) Improve the comparability of data;
				2. We commit to share data in line with national legislation.
				""", """
				1. We commit to share data in line with national legislation.
				2. We commit to strengthen the global evidence base on international migration.
				(a) Elaborate a comprehensive strategy;
				(b) Improve the comparability of data;
				""");
		var rev1 = this.texts.importRevision(this.text.id(), null, moved, false, this.cofacilitator);

		var comparison = this.texts.compare(zero.id(), rev1.id(), this.cofacilitator);

		assertThat(comparison.paragraphs()).filteredOn((p) -> p.status() == RevisionComparison.Status.MOVED)
			.extracting(RevisionComparison.ParagraphChange::numberBefore,
					RevisionComparison.ParagraphChange::numberAfter)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2.", "1."));
	}

	@Test
	void keepsBothOfTwoAmendmentsTabledAtTheSameInstantToTheSameParagraph() throws Exception {
		var zero = current();
		var evidence = paragraph(zero, "1.");
		var start = new CountDownLatch(1);
		var pool = Executors.newFixedThreadPool(2);
		var tabled = new ArrayList<Future<AmendmentView>>();
		for (var code : List.of("MEX", "CHE")) {
			tabled.add(pool.submit(() -> {
				start.await();
				return this.texts.table(zero.id(), new TableAmendment(evidence, AmendmentKind.DELETE_WORDS, "global ",
						null, null, null, null, code), Actors.delegateOf(code));
			}));
		}
		start.countDown();
		for (var amendment : tabled) {
			amendment.get(30, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(this.texts.amendments(zero.id(), Actor.anonymous())).extracting(AmendmentView::holder)
			.containsExactlyInAnyOrder("MEX", "CHE");
		assertThat(compiled(this.texts.compilation(zero.id(), null, null, null, Actor.anonymous()), "1.").segments())
			.filteredOn((s) -> !s.isPlain())
			.singleElement()
			.satisfies((segment) -> assertThat(segment.competing()).isTrue());
	}

	private RevisionView current() {
		var revisions = this.texts.text(this.text.id(), Actor.anonymous()).revisions();
		return this.texts.revision(revisions.get(revisions.size() - 1).id(), Actor.anonymous());
	}

	private static UUID paragraph(RevisionView revision, String number) {
		return revision.paragraphs()
			.stream()
			.filter((p) -> p.number().equals(number))
			.findFirst()
			.orElseThrow()
			.lineage();
	}

	private static CompilationView.Compiled compiled(CompilationView compilation, String number) {
		return compilation.parts()
			.stream()
			.flatMap((p) -> p.paragraphs().stream())
			.filter((c) -> c.paragraph().number().equals(number))
			.findFirst()
			.orElseThrow();
	}

}
