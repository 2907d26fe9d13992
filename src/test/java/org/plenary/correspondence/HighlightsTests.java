package org.plenary.correspondence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightsTests {

	private static final LetterExtractor EXTRACTOR = new LetterExtractor();

	@Test
	void theMeetingsOfATextWithoutADateOfItsOwnAreMarkedByDayAndMonth() {
		var text = """
				The first informal meeting took place on Monday 20 October, opening the road to the conference \
				in Nairobi, Kenya from 6 – 9 July 2015.
				The dates for the informal sessions are:
				- 20 Oct (1/2 day) Opening
				- 10 Nov (1/2 day) Trade
				- 11 - 13 Nov Debt and systemic issues
				Regional consultations will also be held (dates to be decided).
				""";
		var extraction = EXTRACTOR.extract(text);
		assertThat(extraction.date()).as("the text states no date of its own").isNull();
		assertThat(extraction.meetings()).isNotEmpty();

		var marked = Highlights.of(text, extraction)
			.stream()
			.filter((h) -> h.field().equals("meeting"))
			.map((h) -> text.substring(h.start(), h.end()))
			.toList();

		assertThat(marked).contains("10 Nov", "11 - 13 Nov");
	}

}
