package org.plenary.search;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Reference;
import org.plenary.correspondence.Signatory;
import org.plenary.identity.Actors;
import org.plenary.positions.ElementKind;
import org.plenary.positions.Elements;
import org.plenary.positions.ExistingVeto;
import org.plenary.positions.NewElement;
import org.plenary.positions.NewMembersVeto;
import org.plenary.positions.NewModel;
import org.plenary.positions.NewRevision;
import org.plenary.positions.Positions;
import org.plenary.positions.ReElection;
import org.plenary.positions.ReformModels;
import org.plenary.positions.SourceKind;
import org.plenary.positions.StatePosition;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.SpeakersLists;
import org.plenary.system.InvalidInput;
import org.plenary.system.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PlenaryIntegrationTest
class SearchTests {

	private static final Random RANDOM = new Random();

	@Autowired
	Search search;

	@Autowired
	SearchIndexing indexing;

	@Autowired
	Letters letters;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	Positions positions;

	@Autowired
	ReformModels models;

	@Autowired
	Elements elements;

	@Autowired
	org.plenary.text.NegotiatedTexts texts;

	@Autowired
	org.plenary.text.LanguageVersions versions;

	@Test
	void findsAnArchivedLetterByItsWordsWithoutAccentsOrEndings() {
		var word = aWordNobodyWrote();
		var process = aNewProcess();
		var letter = this.letters.archive(letterSaying(process, "The " + word + " negotiations on the five clusters."),
				Actors.administrator());

		var found = awaitHits(() -> this.search.search(SearchQuery.of(word + " negotiation lajcak")), 1);

		assertThat(found.get(0).id()).isEqualTo(letter.id().value());
		assertThat(found.get(0).kind()).isEqualTo(SearchKind.LETTER);
		assertThat(found.get(0).title())
			.isEqualTo(process.shortName() + " — Letter of 13 February 2034 — Miroslav Lajčák");
		assertThat(found.get(0).link()).isEqualTo("/letters/" + letter.id().value());
		assertThat(found.get(0).passages()).singleElement()
			.satisfies((passage) -> assertThat(passage.html())
				.contains("The <mark>" + word + "</mark> <mark>negotiations</mark>"));
		assertThat(this.search.search(new SearchQuery(word, SearchKind.STATEMENT, null, 1, false)).total())
			.as("only statements")
			.isZero();
		assertThat(this.search.search(new SearchQuery(word, null, aNewProcess().id().value(), 1, false)).total())
			.as("another process")
			.isZero();
		assertThat(this.search.search(SearchQuery.of(word + " -clusters")).total()).as("a word left out").isZero();
	}

	@Test
	void findsAWrittenStatementOnlyOnceItsDelegationHasSpoken() {
		var word = aWordNobodyWrote();
		var process = aNewProcess();
		var secretariat = Actors.secretariatOf(process.id().value());
		var meeting = aMeetingOf(process);
		this.speakers.open(meeting, secretariat);
		var mexico = this.speakers.inscribe(meeting, "MEX", null, InscriptionKind.STATEMENT, Actors.delegateOf("MEX"))
			.statements()
			.get(0)
			.id();
		this.speakers.attach(meeting, mexico, "mexico.txt",
				("Mexico welcomes the " + word + " of <script>alert(1)</script> the zero draft.")
					.getBytes(StandardCharsets.UTF_8),
				Actors.delegateOf("MEX"));
		this.indexing.readEverything();
		assertThat(this.search.search(SearchQuery.of(word)).total()).as("not delivered yet").isZero();

		this.speakers.next(meeting, secretariat);
		this.speakers.stop(meeting, secretariat);

		var found = awaitHits(() -> this.search.search(SearchQuery.of(word)), 1);
		assertThat(found.get(0).kind()).isEqualTo(SearchKind.STATEMENT);
		assertThat(found.get(0).title()).startsWith("Statement by Mexico — " + process.shortName() + ", 4 March 2036");
		assertThat(found.get(0).link())
			.isEqualTo("/meetings/%s/speakers/%s/statement".formatted(meeting.value(), mexico));
		assertThat(found.get(0).passages()).singleElement()
			.satisfies((passage) -> assertThat(passage.html())
				.contains("<mark>" + word + "</mark> of &lt;script&gt;alert(1)&lt;/script&gt;"));
	}

	@Test
	void findsPublishedPositionsModelsAndElementsButNoUnpublishedPosition() {
		var published = aWordNobodyWrote();
		var unpublished = aWordNobodyWrote();
		var inModel = aWordNobodyWrote();
		var inElements = aWordNobodyWrote();
		var created = aNewProcess();
		var process = this.processes.addTopic(created.id(), "Categories of membership", Actors.administrator());
		var topic = process.topics().get(0).id();
		this.positions.state(new StatePosition(process.id(), topic, "BRA", null, "Brazil: " + published, 80,
				SourceKind.MEETING, null, LocalDate.of(2025, 11, 1), true), Actors.delegateOf("BRA"));
		this.positions.state(new StatePosition(process.id(), topic, "MEX", null, "Mexico: " + unpublished, 80,
				SourceKind.MEETING, null, LocalDate.of(2025, 11, 1), false), Actors.delegateOf("MEX"));
		this.models.submit(
				new NewModel(process.id(), "Searchable model", "BRA", new NewRevision(null, LocalDate.of(2025, 11, 2),
						org.plenary.positions.Composition.TODAY.counts(), NewMembersVeto.NOT_STATED, ExistingVeto.KEEP,
						null, null, ReElection.NOT_STATED, null, null, null, "A note on " + inModel, null, null)),
				Actors.administrator());
		this.elements.draft(process.id(), "Elements", 80, LocalDate.of(2025, 11, 3), Actors.administrator());
		this.elements.add(process.id(), 1,
				new NewElement(topic, ElementKind.COMMONALITY, "An element on " + inElements, List.of(), List.of()),
				null, Actors.administrator());
		this.elements.issue(process.id(), 1, Actors.administrator());

		assertThat(awaitHits(() -> this.search.search(SearchQuery.of(published)), 1).get(0).kind())
			.isEqualTo(SearchKind.POSITION);
		assertThat(awaitHits(() -> this.search.search(SearchQuery.of(inModel)), 1).get(0).kind())
			.isEqualTo(SearchKind.MODEL);
		var elements = awaitHits(() -> this.search.search(SearchQuery.of(inElements)), 1).get(0);
		assertThat(elements.kind()).isEqualTo(SearchKind.ELEMENTS);
		assertThat(elements.link()).isEqualTo("/processes/" + process.slug() + "/elements?revision=1");
		this.indexing.readEverything();
		assertThat(this.search.search(SearchQuery.of(unpublished)).total()).as("an unpublished position").isZero();
	}

	@Test
	void indexesAgainWhatAnIndexLacks() {
		var word = aWordNobodyWrote();
		this.letters.archive(letterSaying(aNewProcess(), "Rebuilt " + word), Actors.administrator());
		awaitHits(() -> this.search.search(SearchQuery.of(word)), 1);

		org.hibernate.search.mapper.orm.Search.mapping(this.entityManagerFactory)
			.scope(SearchEntry.class)
			.workspace()
			.purge();
		org.hibernate.search.mapper.orm.Search.mapping(this.entityManagerFactory)
			.scope(SearchEntry.class)
			.workspace()
			.refresh();
		assertThat(this.search.search(SearchQuery.of(word)).total()).isZero();

		this.indexing.reindexIfIncomplete();

		assertThat(this.search.search(SearchQuery.of(word)).total()).isEqualTo(1);
	}

	@Test
	void findsWhatWasIndexedWhileTheIndexIsRebuilt() {
		var word = aWordNobodyWrote();
		this.letters.archive(letterSaying(aNewProcess(), "Rebuilt while searched " + word), Actors.administrator());
		awaitHits(() -> this.search.search(SearchQuery.of(word)), 1);
		var foundDuringTheRebuild = new java.util.concurrent.CopyOnWriteArrayList<Long>();

		// Before each hundred entries the rebuild writes: the index is searched as a
		// reader would.
		this.indexing.rebuild(() -> foundDuringTheRebuild.add(this.search.search(SearchQuery.of(word)).total()));

		assertThat(foundDuringTheRebuild).isNotEmpty().containsOnly(1L);
		assertThat(this.search.search(SearchQuery.of(word)).total()).isEqualTo(1);
	}

	@Test
	void forgetsOnRebuildWhatIsNoLongerStored() {
		var word = aWordNobodyWrote();
		this.letters.archive(letterSaying(aNewProcess(), "Deleted since " + word), Actors.administrator());
		awaitHits(() -> this.search.search(SearchQuery.of(word)), 1);
		// The row goes without its document (as when a table is restored from a backup
		// older than the index).
		var id = this.search.search(SearchQuery.of(word)).hits().get(0).id();
		new org.springframework.jdbc.core.JdbcTemplate(this.dataSource).update("delete from search_entry where id = ?",
				id);

		this.indexing.rebuild(null);

		assertThat(this.search.search(SearchQuery.of(word)).total()).isZero();
	}

	@Test
	void refusesAQueryTooLongOrAPageBeforeTheFirst() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> SearchQuery.of("w".repeat(201)))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("q"));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> new SearchQuery("veto", null, null, 0, false))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("page"));
		assertThat(this.search.search(SearchQuery.of("   ")).hits()).isEmpty();
	}

	@Test
	void answersTheApiAndThePage() {
		var word = aWordNobodyWrote();
		this.letters.archive(letterSaying(aNewProcess(), "The " + word + " on the question of the veto."),
				Actors.administrator());
		awaitHits(() -> this.search.search(SearchQuery.of(word)), 1);

		assertThat(this.mvc.get().uri("/api/search").param("q", word)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.total", (total) -> total.assertThat().isEqualTo(1))
			.hasPathSatisfying("$.hits[0].kind", (kind) -> kind.assertThat().isEqualTo("LETTER"));
		assertThat(this.mvc.get().uri("/api/search").param("q", "w".repeat(201))).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> field.assertThat().isEqualTo("q"));
		assertThat(this.mvc.get().uri("/search").param("q", word)).hasStatusOk()
			.bodyText()
			.contains("1 result for “" + word + "”")
			.contains("<mark>" + word + "</mark>");
	}

	/**
	 * A sentence in each official language, the addressees in the same language, a word
	 * of it to search for in another inflection, and the word as the passage marks it.
	 */
	record Written(Language language, String addressees, String sentence, String query, String marked) {
	}

	static final List<Written> IN_EVERY_LANGUAGE = List.of(new Written(Language.FRENCH,
			"Représentants permanents et observateurs permanents auprès de l'Organisation",
			"Les négociations intergouvernementales sur la réforme du Conseil de sécurité reprendront dans le cadre de la session.",
			"négociation", "négociations"),
			new Written(Language.ARABIC, "الممثلون الدائمون والمراقبون الدائمون لدى الأمم المتحدة",
					"تستأنف المفاوضات الحكومية الدولية بشأن إصلاح مجلس الأمن في الدورة المقبلة.", "مفاوضات",
					"المفاوضات"),
			new Written(Language.CHINESE, "常驻联合国代表和常驻观察员", "关于安理会改革问题的政府间谈判将在下届会议继续进行。", "安理会", "安理会"),
			new Written(Language.RUSSIAN,
					"Постоянным представителям и постоянным наблюдателям при Организации Объединенных Наций",
					"Межправительственные переговоры по вопросу о реформе Совета Безопасности возобновятся на следующей сессии.",
					"совет", "Совета"),
			new Written(Language.SPANISH,
					"Representantes permanentes y observadores permanentes ante las Naciones Unidas",
					"Las reformas del Consejo de Seguridad se examinarán en las negociaciones intergubernamentales de la sesión.",
					"reforma", "reformas"),
			new Written(Language.ENGLISH, LetterDraft.ALL_PERMANENT_REPRESENTATIVES,
					"The intergovernmental negotiations on the reform of the Security Council will resume at the next session.",
					"negotiate", "negotiations"));

	@Test
	void findsAWordInEachLanguageByAnotherInflectionOfItAndMarksIt() {
		for (var written : IN_EVERY_LANGUAGE) {
			var word = aWordNobodyWrote();
			var letter = this.letters.archive(letterIn(aNewProcess(), written, written.sentence() + " " + word),
					Actors.administrator());
			var chosen = new SearchQuery(written.query() + " " + word, null, null, 1, false, written.language());

			var found = awaitHits(() -> this.search.search(chosen), 1);

			assertThat(found.get(0).id()).as(written.language().name()).isEqualTo(letter.id().value());
			assertThat(found.get(0).passages()).as(written.language().name())
				.anySatisfy((passage) -> assertThat(passage.html()).contains("<mark>" + written.marked() + "</mark>"));
			// Awaited too: an index being rebuilt at start-up (another test's context)
			// may
			// lack the entry for a moment.
			var detected = awaitHits(() -> this.search.search(SearchQuery.of(written.query() + " " + word)), 1);
			assertThat(detected).as("%s, the language of the words detected or not", written.language()).hasSize(1);
			assertThat(detected.get(0).passages())
				.anySatisfy((passage) -> assertThat(passage.html()).contains("<mark>" + written.marked() + "</mark>"));
			var other = written.language() == Language.RUSSIAN ? Language.SPANISH : Language.RUSSIAN;
			assertThat(this.search.search(new SearchQuery(written.query() + " " + word, null, null, 1, false, other))
				.total()).as("%s looked for in %s only", written.language(), other).isZero();
		}
	}

	@Test
	void findsANegotiatedTextInEachLanguageItReadsIn() {
		var word = aWordNobodyWrote();
		var process = aNewProcess();
		var text = this.texts.create(process.id(), "Compact " + word, null, Actors.administrator());
		var zero = this.texts.importRevision(text.id(), null,
				"1. The intergovernmental negotiations on the reform of the Council will resume.", false,
				Actors.administrator());
		this.texts.issue(zero.id(), LocalDate.of(2025, 11, 4), Actors.administrator());
		this.versions.addVersion(zero.id(), Language.FRENCH,
				"1. Les négociations intergouvernementales sur la réforme du Conseil reprendront.",
				Actors.administrator());

		var french = awaitHits(
				() -> this.search
					.search(new SearchQuery("négociation " + word, SearchKind.TEXT, null, 1, false, Language.FRENCH)),
				1);
		var paragraph = this.texts.revision(zero.id(), Actors.administrator()).paragraphs().get(0).lineage();
		assertThat(french.get(0).title()).isEqualTo("Compact " + word + ", Zero draft, paragraph 1. (Français)");
		assertThat(french.get(0).link())
			.isEqualTo("/revisions/%s/languages?lang=en&lang=fr#p-%s".formatted(zero.id().value(), paragraph));
		assertThat(french.get(0).passages())
			.anySatisfy((passage) -> assertThat(passage.html()).contains("<mark>négociations</mark>"));
		var english = awaitHits(
				() -> this.search
					.search(new SearchQuery("negotiate " + word, SearchKind.TEXT, null, 1, false, Language.ENGLISH)),
				1);
		assertThat(english.get(0).link()).isEqualTo("/revisions/%s#p-%s".formatted(zero.id().value(), paragraph));
		assertThat(this.search.search(new SearchQuery(word, SearchKind.TEXT, null, 1, false)).total())
			.as("both languages, by the title's word")
			.isEqualTo(2);
	}

	@Test
	void choosesTheLanguageOfTheWordsOnTheApiAndThePage() {
		var written = IN_EVERY_LANGUAGE.get(0);
		var word = aWordNobodyWrote();
		this.letters.archive(letterIn(aNewProcess(), written, written.sentence() + " " + word), Actors.administrator());
		awaitHits(() -> this.search.search(SearchQuery.of(word)), 1);

		assertThat(this.mvc.get().uri("/api/search").param("q", "négociation " + word).param("lang", "fr"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.total", (total) -> total.assertThat().isEqualTo(1));
		assertThat(this.mvc.get().uri("/api/search").param("q", "négociation " + word).param("lang", "es"))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.total", (total) -> total.assertThat().isEqualTo(0));
		assertThat(this.mvc.get().uri("/api/search").param("q", word).param("lang", "de")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> field.assertThat().isEqualTo("lang"));
		assertThat(this.mvc.get().uri("/search").param("q", "négociation " + word).param("lang", "fr")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"fr\" lang=\"fr\" dir=\"ltr\" selected=\"selected\">Français</option>")
			.contains("<mark>négociations</mark>");
	}

	static LetterDraft letterIn(ProcessView process, Written written, String paragraph) {
		return new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), "New York",
				written.addressees(), "Excellency,", List.of(paragraph),
				List.of(new Signatory("Miroslav Lajčák", null, null)), List.of(), null, List.of());
	}

	static List<SearchHit> awaitHits(Supplier<SearchResults> search, int expected) {
		var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		var results = search.get();
		while (results.total() < expected && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			results = search.get();
		}
		assertThat(results.total()).isEqualTo(expected);
		return results.hits();
	}

	/** A made-up word of letters, found nowhere else in the database. */
	static String aWordNobodyWrote() {
		var word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return word.toString();
	}

	private ProcessView aNewProcess() {
		return this.processes.create(
				new NewProcess("S" + UUID.randomUUID().toString().substring(0, 6), "A process to search", null, null),
				Actors.administrator());
	}

	private MeetingId aMeetingOf(ProcessView process) {
		return this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2036, 3, 4)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
	}

	private static LetterDraft letterSaying(ProcessView process, String paragraph) {
		return new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), "New York",
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", List.of(paragraph),
				List.of(new Signatory("Miroslav Lajčák", "President of the General Assembly", null)),
				List.of(new Reference(Reference.Kind.DECISION, "62/557")), null, List.of());
	}

}
