package org.plenary.correspondence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms real letters take that the seeds did not, each rule with its own example
 * sentences (written for these tests, not copied from letters).
 */
class RealLetterRulesTests {

	private static final LetterExtractor EXTRACTOR = new LetterExtractor();

	// --- The letter's date ---------------------------------------------------------

	@Test
	void aLetterheadWithLongLinesIsNotALetterOfItsOwn() {
		var letter = EXTRACTOR.extract("""
				The President of the Council
				Office of Support and Coordination, Room S-1234, United Nations Secretariat, New York 10017
				Tel: +1-212-555-0100 Fax: +1-212-555-0101 email: office@example.org

				3 March 2031

				Excellency,

				I write about the informal consultations, which will be held on 10 March 2031 in Conference Room 6.
				""");

		assertThat(letter.date()).isEqualTo("2031-03-03");
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly("2031-03-10");
	}

	@Test
	void aLetterheadRunIntoTheTextIsNotALetterOfItsOwn() {
		var letter = EXTRACTOR.extract("OFFICE OF THE PRESIDENT OF THE COUNCIL ".repeat(8)
				+ "4 November 2030 Excellency, I write to inform you that the consultations will be held on "
				+ "12 November 2030 in Conference Room 3.");

		assertThat(letter.date()).isEqualTo("2030-11-04");
	}

	@Test
	void aUsDateWhoseYearOcrJoinedToTheDayIsRead() {
		assertThat(DateReader.mentions("Report of 14 July,2029 and March 3,2028"))
			.extracting((m) -> DateReader.resolve(m.days().get(0), null).toString())
			.containsExactly("2029-07-14", "2028-03-03");
	}

	@Test
	void anEmailIsDatedByItsHeader() {
		var letter = EXTRACTOR.extract("""
				From: A Secretary <secretary@example.org>
				Date: Tue, Mar 4, 2031
				Subject: Informal consultations

				Dear colleagues,

				The consultations will be held on 11 March in Conference Room 4.
				""");

		assertThat(letter.date()).isEqualTo("2031-03-04");
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly("2031-03-11");
	}

	@Test
	void aReportOfALetterIsDatedByTheDayTheLetterWasSentNotByAResolutionsDay() {
		var letter = EXTRACTOR.extract("""
				Pursuant to resolution 80/123 of 2 December 2029, two co-facilitators were appointed.
				On 17 February 2030, the co-facilitators sent a letter on the next steps.
				""");

		assertThat(letter.date()).isEqualTo("2030-02-17");
	}

	@Test
	void aTextWithoutAnyDateTakesTheYearAWeekdayFixesAmongTheYearsItWrites() {
		var letter = EXTRACTOR.extract("""
				Logistics for the 2031 session

				The next session will be held on Wednesday, 25 June in Conference Room 2, and on 26 June.
				""");

		assertThat(letter.date()).isNull();
		assertThat(DateReader.impliedByWeekday("on Wednesday, 25 June, in the 2031 session")).hasToString("2031-06-25");
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly("2031-06-25", "2031-06-26");
	}

}
