package org.plenary.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Signatory;
import org.plenary.identity.Actors;
import org.plenary.positions.Composition;
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
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.SpeakersLists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.search.SearchTests.aWordNobodyWrote;
import static org.plenary.search.SearchTests.awaitHits;

/**
 * Markup stored in anything published — scripts, an image that runs code, and every
 * attribute htmx acts on — never reaches the search page or the API as markup, whether
 * the words are found in the title alone (the passage is then the start of the text,
 * which no highlighter escapes), in the text alone, or in both.
 */
@PlenaryIntegrationTest
class SearchMarkupTests {

	/**
	 * What a hostile delegate writes: each piece would act if a page carried it as
	 * markup.
	 */
	static final String MARKUP = "<script>pwn()</script><img src=x onerror=pwn()>"
			+ "<b hx-post=\"/pwn\" hx-get=\"/pwn\" hx-put=\"/pwn\" hx-patch=\"/pwn\" hx-delete=\"/pwn\" "
			+ "hx-trigger=\"load\" hx-target=\"body\" hx-swap=\"outerHTML\" hx-vals='{\"role\":\"ADMINISTRATOR\"}' "
			+ "hx-headers='{\"X-Pwn\":\"1\"}' hx-include=\"*\" hx-boost=\"true\" hx-on:htmx:load=\"pwn()\" "
			+ "hx-on::after-request=\"pwn()\">x</b><a href=\"javascript:pwn()\">y</a>";

	/** The same, short enough for a title or a name. */
	static final String SHORT_MARKUP = "<b hx-post=\"/pwn\" hx-trigger=\"load\"><script>pwn()</script>";

	/** What a page or an API answer would hold if any of the markup went through. */
	static final List<String> ACTIVE = List.of("<script>pwn", "<img src=x", "<b hx-", "<a href=\"javascript",
			"hx-post=\"/pwn", "hx-trigger=\"load", "hx-on:htmx:load=\"", "hx-vals='{\"role");

	@Autowired
	Search search;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Processes processes;

	@Autowired
	Letters letters;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Autowired
	Positions positions;

	@Autowired
	ReformModels models;

	@Autowired
	Elements elements;

	@Autowired
	org.plenary.text.NegotiatedTexts texts;

	@Test
	void carriesNoStoredMarkupWhereverTheWordsAreFound() throws Exception {
		Map<SearchKind, Function<Words, ?>> publish = new EnumMap<>(SearchKind.class);
		publish.put(SearchKind.LETTER, this::aLetter);
		publish.put(SearchKind.STATEMENT, this::aStatement);
		publish.put(SearchKind.POSITION, this::aPosition);
		publish.put(SearchKind.MODEL, this::aModel);
		publish.put(SearchKind.ELEMENTS, this::anElementsRevision);
		publish.put(SearchKind.TEXT, this::aRevision);
		assertThat(publish.keySet()).as("every kind search finds is tried here")
			.containsAll(List.of(SearchKind.values()));

		for (var kind : SearchKind.values()) {
			var words = new Words(aWordNobodyWrote(), aWordNobodyWrote());
			publish.get(kind).apply(words);
			for (var query : List.of(words.inTitle(), words.inText(), words.inTitle() + " " + words.inText())) {
				var found = awaitHits(() -> this.search.search(new SearchQuery(query, kind, null, 1, false)), 1);
				var passages = found.get(0).passages();
				assertThat(passages).as("%s found by %s", kind, query).isNotEmpty();
				assertThat(String.join("\n", passages.stream().map(SearchPassage::text).toList()))
					.as("the passage keeps the text as written (%s, %s)", kind, query)
					.contains("pwn()");
				passages.forEach((passage) -> assertThat(passage.html()).as("%s by %s", kind, query)
					.doesNotContain(ACTIVE)
					.contains("&lt;"));

				var page = this.mvc.get().uri("/search").param("q", query).exchange();
				assertThat(page).hasStatusOk();
				assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
					.as("the search page for %s (%s)", query, kind)
					.doesNotContain(ACTIVE)
					.contains("pwn()");
				var api = this.mvc.get().uri("/api/search").param("q", query).exchange();
				assertThat(api).hasStatusOk()
					.bodyJson()
					.extractingPath("$.hits[*].passages[*].html")
					.asArray()
					.isNotEmpty()
					.allSatisfy((html) -> assertThat(html.toString()).doesNotContain(ACTIVE));
			}
		}
	}

	@Test
	void marksTheWordsFoundAsRangesOfThePlainText() {
		var passage = SearchPassage.fromHighlighter("the \uE000<veto>\uE001 & the \uE000Council\uE001");
		assertThat(passage.text()).isEqualTo("the <veto> & the Council");
		assertThat(passage.highlights()).containsExactly(new SearchPassage.Highlight(4, 10),
				new SearchPassage.Highlight(17, 24));
		assertThat(passage.html()).isEqualTo("the <mark>&lt;veto&gt;</mark> &amp; the <mark>Council</mark>");
		assertThat(SearchPassage.withoutMarks("forged \uE000mark\uE001")).isEqualTo("forged mark");
	}

	/** A word only the title holds, and one only the text holds. */
	record Words(String inTitle, String inText) {
	}

	private ProcessView aProcessNamed(String word) {
		return this.processes.create(new NewProcess("P " + word, "Hostile " + SHORT_MARKUP, null, null),
				Actors.administrator());
	}

	private Object aLetter(Words words) {
		var process = aProcessNamed(words.inTitle());
		return this.letters.archive(
				new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), "New York",
						LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
						List.of(MARKUP + " We write on " + words.inText() + "."),
						List.of(new Signatory("Jane " + SHORT_MARKUP, null, null)), List.of(), null, List.of()),
				Actors.administrator());
	}

	private Object aStatement(Words words) {
		var process = aProcessNamed(words.inTitle());
		var secretariat = Actors.secretariatOf(process.id().value());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2036, 3, 4)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, secretariat);
		var inscription = this.speakers
			.inscribe(meeting, "MEX", null, InscriptionKind.STATEMENT, Actors.delegateOf("MEX"))
			.statements()
			.get(0)
			.id();
		this.speakers.attach(meeting, inscription, "mexico.txt",
				(MARKUP + " Mexico on " + words.inText()).getBytes(StandardCharsets.UTF_8), Actors.delegateOf("MEX"));
		this.speakers.next(meeting, secretariat);
		return this.speakers.stop(meeting, secretariat);
	}

	private Object aPosition(Words words) {
		var created = aProcessNamed(aWordNobodyWrote());
		var process = this.processes.addTopic(created.id(), "Topic " + words.inTitle() + " " + SHORT_MARKUP,
				Actors.administrator());
		return this.positions.state(new StatePosition(process.id(), process.topics().get(0).id(), "BRA", null,
				MARKUP + " Brazil on " + words.inText(), 80, SourceKind.MEETING, null, LocalDate.of(2025, 11, 1), true),
				Actors.delegateOf("BRA"));
	}

	private Object aModel(Words words) {
		var process = aProcessNamed(aWordNobodyWrote());
		return this.models.submit(
				new NewModel(process.id(), "Model " + words.inTitle() + " " + SHORT_MARKUP, "BRA",
						new NewRevision(null, LocalDate.of(2025, 11, 2), Composition.TODAY.counts(),
								NewMembersVeto.NOT_STATED, ExistingVeto.KEEP, null, null, ReElection.NOT_STATED, null,
								null, null, MARKUP + " A note on " + words.inText(), null, null)),
				Actors.administrator());
	}

	private Object anElementsRevision(Words words) {
		var created = aProcessNamed(aWordNobodyWrote());
		var process = this.processes.addTopic(created.id(), "Categories " + UUID.randomUUID(), Actors.administrator());
		this.elements.draft(process.id(), "Elements " + words.inTitle() + " " + SHORT_MARKUP, 80,
				LocalDate.of(2025, 11, 3), Actors.administrator());
		this.elements.add(process.id(), 1,
				new NewElement(process.topics().get(0).id(), ElementKind.COMMONALITY,
						MARKUP + " An element on " + words.inText(), List.of(), List.of()),
				null, Actors.administrator());
		return this.elements.issue(process.id(), 1, Actors.administrator());
	}

	private Object aRevision(Words words) {
		var process = aProcessNamed(aWordNobodyWrote());
		var text = this.texts.create(process.id(), "Compact " + words.inTitle() + " " + SHORT_MARKUP, null,
				Actors.administrator());
		var zero = this.texts.importRevision(text.id(), null, "1. " + MARKUP + " We commit on " + words.inText() + ".",
				false, Actors.administrator());
		return this.texts.issue(zero.id(), LocalDate.of(2025, 11, 4), Actors.administrator());
	}

}
