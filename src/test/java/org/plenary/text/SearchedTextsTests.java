package org.plenary.text;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.search.Search;
import org.plenary.search.SearchKind;
import org.plenary.search.SearchQuery;
import org.plenary.search.SearchResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issued revisions are searchable paragraph by paragraph: a hit names the text, the
 * revision and the paragraph, and opens the paragraph in its revision; a draft is not
 * found.
 */
@PlenaryIntegrationTest
class SearchedTextsTests {

	private static final Random RANDOM = new Random();

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Autowired
	Search search;

	@Autowired
	MockMvcTester mvc;

	@Test
	void anIssuedRevisionIsFoundParagraphByParagraphAndAHitOpensTheParagraph() throws Exception {
		var word = aWordNobodyWrote();
		var draftWord = aWordNobodyWrote();
		var process = this.processes.create(
				new NewProcess("ST " + UUID.randomUUID().toString().substring(0, 6), "Searched texts", null, null),
				Actors.administrator());
		var facilitator = Actors.facilitatorOf(process.id().value());
		var text = this.texts.create(process.id(), "Compact on searching", null, facilitator);
		var zero = this.texts.importRevision(text.id(), null, """
				Objective 1: Data
				1. We commit to strengthen the global evidence base on international migration.
				2. We commit to share %s data in line with national legislation.
				""".formatted(word), false, facilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), facilitator);
		var next = this.texts.prepareNext(text.id(), null, facilitator);
		this.texts.reword(next.id(), next.paragraphs().get(0).lineage(), "We commit to %s.".formatted(draftWord),
				facilitator);

		var found = awaitOne(() -> this.search.search(new SearchQuery(word, SearchKind.TEXT, null, 1, false)));

		var second = zero.paragraphs().get(1);
		assertThat(found.hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.title()).isEqualTo("Compact on searching, Zero draft, paragraph 2.");
			assertThat(hit.link()).isEqualTo("/revisions/" + zero.id() + "#p-" + second.lineage());
			assertThat(hit.passages().get(0).html()).contains("share <mark>" + word + "</mark> data");
		});
		var page = this.mvc.get().uri(found.hits().get(0).link().replaceFirst("#.*", "")).exchange();
		assertThat(page.getResponse().getContentAsString()).contains("id=\"p-" + second.lineage() + "\"");
		assertThat(this.search.search(new SearchQuery(draftWord, null, null, 1, false)).total()).as("a draft").isZero();
	}

	private static SearchResults awaitOne(java.util.function.Supplier<SearchResults> search) {
		var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		var results = search.get();
		while (results.total() < 1 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			results = search.get();
		}
		return results;
	}

	private static String aWordNobodyWrote() {
		var word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return word.toString();
	}

}
