package org.plenary.correspondence;

import java.time.LocalTime;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter that runs on for hundreds of thousands of characters without a line break or a
 * full stop is read in work proportional to its length: each rule looks at a bounded
 * piece of it. These tests check the bounds themselves; {@code LongLetterBenchmark} in
 * bench/ measures the time at 100,000, 200,000 and 400,000 characters.
 */
class LongLetterTests {

	private static final LetterExtractor EXTRACTOR = new LetterExtractor();

	private static String repeated(String unit, int length) {
		var text = new StringBuilder(length + unit.length());
		while (text.length() < length) {
			text.append(unit);
		}
		return text.toString();
	}

	@Test
	void textWithoutFullStopsIsReadAsSentencesOfBoundedLength() {
		var runOn = repeated("the informal meeting will be held on 3 May 2027 in Conference Room 4 and ", 50_000);

		var sentences = LetterExtractor.sentences(runOn);

		assertThat(sentences).hasSizeGreaterThan(20)
			.allSatisfy((s) -> assertThat(s.length()).isLessThanOrEqualTo(LetterExtractor.LONGEST_SENTENCE));
		assertThat(String.join(" ", sentences).replace(" ", "")).isEqualTo(runOn.replace(" ", ""));
	}

	@Test
	void aMeetingInRunOnTextIsStillFoundWithItsRoom() {
		var runOn = "Excellency, " + repeated("we recall our work and ", 6_000)
				+ "the informal meeting will be held on Monday, 3 May 2027 at 10 a.m. in Conference Room 4 and "
				+ repeated("we thank you and ", 6_000);

		var letter = EXTRACTOR.extract(runOn);

		assertThat(letter.meetings()).singleElement().satisfies((m) -> {
			assertThat(m.date()).isEqualTo(LocalDate.of(2027, 5, 3));
			assertThat(m.start()).isEqualTo(LocalTime.of(10, 0));
			assertThat(m.venue()).isEqualTo("Conference Room 4");
		});
	}

	@Test
	void theStatesOfSignersAreReadInOnePassForEveryName() {
		var text = "a letter from H.E. Ms. Sylvie Lucas, Permanent Representative of Luxembourg, and "
				+ "H.E. Mr. Kaha Imnadze, the Ambassador and Permanent Representative of Georgia, on the review.";

		var states = EXTRACTOR.statesSaid(text);

		assertThat(states).containsEntry("Lucas", "Luxembourg").containsEntry("Imnadze", "Georgia");
	}

	@Test
	void aStateIsReadFromTheNextHundredCharactersOnlyHoweverLongTheText() {
		var countries = CountryNames.fromRegister();
		var text = "Representative of Georgia " + repeated("x", 400_000);

		assertThat(countries.startAt(text, "Representative of ".length())).isEqualTo("Georgia");
		assertThat(countries.startAt(text, 30)).isNull();
	}

	@Test
	void aFileSigningMoreThanALetterCanIsReadForABoundedNumberOfSigners() {
		var blocks = new StringBuilder("New York, 3 May 2027\n\nExcellency,\n\nWe write as co-chairs.\n\n"
				+ "Please accept, Excellency, the assurances of our highest consideration.\n\n");
		for (int i = 0; i < 200; i++) {
			var name = "Anna Sur" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + "ov";
			blocks.append(name).append("\nCo-Chair\n\n");
		}

		var letter = EXTRACTOR.extract(blocks.toString());

		assertThat(letter.senders()).hasSize(LetterExtractor.MOST_SENDERS);
	}

}
