package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms of real letters the extractor once dropped or misread — a meeting cancelled,
 * postponed or moved; two signers side by side; a report's title naming the President; an
 * enclosure's own addressee and signers' titles — each rule with example sentences
 * written for these tests.
 */
class LetterFormsRulesTests {

	private static final LetterExtractor EXTRACTOR = new LetterExtractor();

	private static String letter(String body) {
		return """
				2 May 2031

				Excellency,

				%s

				Please accept, Excellency, the assurances of our highest consideration.

				Ana Ruiz
				Co-Chair
				""".formatted(body);
	}

	private static Tuple meeting(Extraction.Meeting m) {
		return Tuple.tuple(m.date(), m.start(), m.status());
	}

	// --- A meeting's status ---------------------------------------------------------

	@Test
	void aCancelledMeetingIsKeptAsCancelledOnItsDate() {
		var read = EXTRACTOR.extract(letter("""
				We wish to inform you that the informal meeting scheduled for 11 May 2031 has been cancelled. \
				The next informal meeting will be held on 18 May 2031 at 10 a.m. in Conference Room 4."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 11), null, Extraction.Status.CANCELLED),
					Tuple.tuple(LocalDate.of(2031, 5, 18), LocalTime.of(10, 0), Extraction.Status.SCHEDULED));
	}

	@Test
	void aMeetingThatWillNotTakePlaceKeepsItsTimeAndIsCancelled() {
		var read = EXTRACTOR.extract(letter("""
				Please note that the briefing on 9 May 2031 at 3 p.m. will not take place."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 9), LocalTime.of(15, 0), Extraction.Status.CANCELLED));
	}

	@Test
	void aMeetingWeCancelIsCancelledEvenWhereTheSentenceSaysItWasScheduled() {
		var read = EXTRACTOR.extract(letter("""
				We have decided to cancel the meeting scheduled for 12 May 2031, and we will hold the consultations \
				on 19 May 2031 instead."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 12), null, Extraction.Status.CANCELLED),
					Tuple.tuple(LocalDate.of(2031, 5, 19), null, Extraction.Status.SCHEDULED));
	}

	@Test
	void aMeetingPostponedToALaterDateIsPostponedOnItsOldDate() {
		var read = EXTRACTOR.extract(letter("""
				The informal meeting of 14 May 2031 has been postponed to a later date, which will be communicated \
				in due course."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 14), null, Extraction.Status.POSTPONED));
	}

	@Test
	void aMeetingRescheduledFromOneDayToAnotherIsOneMeetingOnItsNewDay() {
		var read = EXTRACTOR.extract(letter("""
				The second round of consultations has been rescheduled from 3 to 5 June 2031, at 10 a.m. \
				in Conference Room 2."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 6, 5), LocalTime.of(10, 0), Extraction.Status.SCHEDULED));
		assertThat(read.meetings().get(0).venue()).isEqualTo("Conference Room 2");
	}

	@Test
	void aMeetingPostponedFromOneDateToAnotherIsOnlyOnTheNewDate() {
		var read = EXTRACTOR.extract(letter("""
				The meeting has been postponed from 20 May 2031 to 27 May 2031."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 27), null, Extraction.Status.SCHEDULED));
	}

	@Test
	void aMeetingWhoseOldDateFollowsInBracketsIsOnlyOnTheNewDate() {
		var read = EXTRACTOR.extract(
				letter("""
						The informal meeting will be held on 14 May 2031 (postponed from 10 May 2031) in Conference Room 4."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 14), null, Extraction.Status.SCHEDULED));
	}

	@Test
	void aMeetingOriginallyScheduledForADayIsOnlyOnTheDayItWillNowTakePlace() {
		var read = EXTRACTOR.extract(letter("""
				The informal meeting originally scheduled for 3 June 2031 will now take place on 5 June 2031 at \
				3 p.m."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 6, 5), LocalTime.of(15, 0), Extraction.Status.SCHEDULED));
	}

	@Test
	void aMeetingAnnouncedThenCancelledInALaterSentenceIsCancelled() {
		var read = EXTRACTOR.extract(letter("""
				The informal meetings will be held on 21 and 22 May 2031 in Conference Room 1. \
				However, the meeting of 21 May 2031 is cancelled."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 21), null, Extraction.Status.CANCELLED),
					Tuple.tuple(LocalDate.of(2031, 5, 22), null, Extraction.Status.SCHEDULED));
	}

	@Test
	void aCancellationSaidOfTheSecondDateLeavesTheFirstAsItStands() {
		var read = EXTRACTOR.extract(letter("""
				The informal meeting will be held on 11 May 2031 as planned, and the meeting of 12 May 2031 \
				has been cancelled."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 11), null, Extraction.Status.SCHEDULED),
					Tuple.tuple(LocalDate.of(2031, 5, 12), null, Extraction.Status.CANCELLED));
	}

	@Test
	void eachDateOfASentenceHasWhatTheSentenceSaysBecameOfIt() {
		var read = EXTRACTOR.extract(letter("""
				The informal meeting scheduled for 11 May 2031 has been cancelled, and the briefing of 14 May 2031 \
				has been postponed to a later date."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 11), null, Extraction.Status.CANCELLED),
					Tuple.tuple(LocalDate.of(2031, 5, 14), null, Extraction.Status.POSTPONED));
	}

	@Test
	void theNewDateOfAMeetingPostponedFromAnEarlierMonthIsScheduled() {
		var read = EXTRACTOR.extract(
				letter("""
						The consultations on 26 May 2031, which were postponed from April, will be held in Conference Room 3."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 26), null, Extraction.Status.SCHEDULED));
	}

	@Test
	void aMeetingPostponedInOneSentenceMovesToTheDateTheNextSentenceGivesWithItsKindAndRoom() {
		var read = EXTRACTOR.extract(letter("""
				The informal meeting of 14 May 2031 in Conference Room 4 has been postponed. It will now take place \
				on 21 May 2031 at 10 a.m."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 21), LocalTime.of(10, 0), Extraction.Status.SCHEDULED));
		assertThat(read.meetings().get(0).format()).isEqualTo("informal meeting");
		assertThat(read.meetings().get(0).venue()).isEqualTo("Conference Room 4");
	}

	@Test
	void theNewDateOfAMeetingPostponedInTheSentenceBeforeIsItsMeeting() {
		var read = EXTRACTOR.extract(letter("""
				The second informal consultation, originally planned for 14 May 2031, has been postponed. \
				The new date is 21 May 2031, from 3 to 6 p.m., in the Trusteeship Council Chamber."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 21), LocalTime.of(15, 0), Extraction.Status.SCHEDULED));
		assertThat(read.meetings().get(0).end()).isEqualTo(LocalTime.of(18, 0));
		assertThat(read.meetings().get(0).venue()).isEqualTo("Trusteeship Council Chamber");
	}

	@Test
	void aMeetingPostponedStaysPostponedWhereTheNextSentenceKeepsAnotherAsPlanned() {
		var read = EXTRACTOR.extract(letter("""
				The informal meeting of 14 May 2031 has been postponed. \
				The informal meeting of 28 May 2031 will be held as planned."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 5, 14), null, Extraction.Status.POSTPONED),
					Tuple.tuple(LocalDate.of(2031, 5, 28), null, Extraction.Status.SCHEDULED));
	}

	@Test
	void aTwoDayMeetingThatBeginsOnADayMeetsOnThatDayAndTheNextWithTheSlotsOfEachDay() {
		var read = EXTRACTOR.extract(
				letter("""
						The two-day informal consultations will begin on Monday, 2 June 2031, in Conference Room 2. \
						Each day will have a morning session from 10 a.m. to 1 p.m. and an afternoon session from 3 to 6 p.m."""));

		assertThat(read.meetings()).extracting(LetterFormsRulesTests::meeting)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 6, 2), LocalTime.of(10, 0), Extraction.Status.SCHEDULED),
					Tuple.tuple(LocalDate.of(2031, 6, 2), LocalTime.of(15, 0), Extraction.Status.SCHEDULED),
					Tuple.tuple(LocalDate.of(2031, 6, 3), LocalTime.of(10, 0), Extraction.Status.SCHEDULED),
					Tuple.tuple(LocalDate.of(2031, 6, 3), LocalTime.of(15, 0), Extraction.Status.SCHEDULED));
		assertThat(read.meetings()).extracting(Extraction.Meeting::venue).containsOnly("Conference Room 2");
	}

	@Test
	void aThreeDaySessionThatOpensOnAFridayGoesOnAfterTheWeekend() {
		var read = EXTRACTOR.extract(letter("""
				The 3-day negotiating session will begin on Friday, 6 June 2031 at 10 a.m."""));

		assertThat(read.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2031, 6, 6), LocalDate.of(2031, 6, 9), LocalDate.of(2031, 6, 10));
	}

	@Test
	void aDeadlineSomeDaysAwayIsNoRunOfMeetings() {
		var read = EXTRACTOR.extract(letter("""
				The informal meeting will be held on 2 June 2031. Delegations are asked to send their comments \
				within two days."""));

		assertThat(read.meetings()).extracting(Extraction.Meeting::date).containsExactly(LocalDate.of(2031, 6, 2));
	}

	@Test
	void anEventsPagesFieldsWithTheirNamesAloneOnALineAreAMeetingAndNoSigner() {
		var read = EXTRACTOR.extract("""
				In a letter of 22 December 2030, the co-facilitators announced the dates of the first session of \
				negotiations.
				DATE
				20–21 February 2031
				LOCATION
				UN Headquarters, Trusteeship Council Chamber
				""");

		assertThat(read.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::venue)
			.containsExactly(Tuple.tuple(LocalDate.of(2031, 2, 20), "Trusteeship Council Chamber"),
					Tuple.tuple(LocalDate.of(2031, 2, 21), "Trusteeship Council Chamber"));
		assertThat(read.senders()).extracting(Extraction.Sender::name).doesNotContain("LOCATION", "DATE");
	}

	@Test
	void aProgrammesColumnHeadingsAreNoSigners() {
		var read = EXTRACTOR.extract("""
				Format
				Time
				Venue
				Topic
				""");

		assertThat(read.senders()).isEmpty();
	}

	@Test
	void anEventsHeadingOnAPageOfLettersIsNoSigner() {
		var read = EXTRACTOR.extract("""
				Letters

				Virtual Town Hall Meeting

				Letter dated 23 April 2031 enclosing a participant guide on how to join the virtual town hall \
				meeting to be held on Monday, 28 April 2031, at 11:00 a.m.
				""");

		assertThat(read.senders()).isEmpty();
		assertThat(read.meetings()).extracting(Extraction.Meeting::date).containsExactly(LocalDate.of(2031, 4, 28));
	}

	@Test
	void thePersonWhoseLetterAReportReadsIsItsSenderButNotATitlesLetter() {
		var read = EXTRACTOR.extract("""
				13 February 2031: The President has appointed two co-facilitators for the consultations. \
				Ruiz’s letter recalls the support of Member States; the Co-Chairs' letter and the President's letter \
				of last year are annexed.
				""");

		assertThat(read.senders()).extracting(Extraction.Sender::name).containsExactly("Ruiz");
	}

	@Test
	void aHeadingThatIsABodysAcronymIsNoSigner() {
		var read = EXTRACTOR.extract("""
				Letters

				ECOSOC/HLPF review

				Letter dated 12 June 2031 conveying the rescheduled date of the virtual consultation.
				""");

		assertThat(read.senders()).isEmpty();
	}

	@Test
	void thePresidentAReportSaysDidWhatTheLetterDoesIsItsSender() {
		var read = EXTRACTOR.extract("""
				16 January 2031: In a letter to Member States, UN General Assembly (UNGA) President Ana María Ruiz \
				announced the appointment of two co-facilitators for the consultations on the summit.
				""");

		assertThat(read.senders()).extracting(Extraction.Sender::name, Extraction.Sender::role)
			.contains(Tuple.tuple("Ana María Ruiz", "President of the General Assembly"));
	}

	@Test
	void aDayOcrReadAsLettersBeforeAMonthIsADay() {
		assertThat(CleanText.of("IS September, 2031")).isEqualTo("15 September, 2031");
		assertThat(CleanText.of("lO May 2031 and 2O March")).isEqualTo("10 May 2031 and 20 March");
		assertThat(CleanText.of("THIS May")).as("not the end of a word").isEqualTo("THIS May");
		assertThat(CleanText.of("IS the meeting")).as("no month after it").isEqualTo("IS the meeting");
	}

	// --- The year of an undated text --------------------------------------------------

	@Test
	void anUndatedTextReadsItsDaysInTheSessionOfTheAssemblyItNames() {
		var read = EXTRACTOR.extract("""
				Excellency,

				During the eighty-second session of the General Assembly, the intergovernmental negotiations will \
				meet on 14 October and on 3 March, in Conference Room 1.

				Ana Ruiz
				Co-Chair
				""");

		assertThat(read.date()).isNull();
		assertThat(read.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2027, 10, 14), LocalDate.of(2028, 3, 3));
	}

	@Test
	void theSessionOfAnotherBodyDoesNotDateAnUndatedText() {
		var read = EXTRACTOR.extract("""
				Excellency,

				Ahead of the 58th session of the Commission on the Status of Women, the informal meetings will be \
				held on 14 October and on 3 March, in Conference Room 1.

				Ana Ruiz
				Co-Chair
				""");

		assertThat(read.meetings()).isEmpty();
	}

	@Test
	void theAssemblysSessionInFiguresDatesAnUndatedText() {
		assertThat(DateReader.openingOfSession("the General Assembly at its 79th session will"))
			.isEqualTo(LocalDate.of(2024, 9, 1));
		assertThat(DateReader.openingOfSession("the seventieth session of the General Assembly"))
			.isEqualTo(LocalDate.of(2015, 9, 1));
		assertThat(DateReader.openingOfSession("the first session of the working group")).isNull();
	}

	// --- Signers ----------------------------------------------------------------------

	@Test
	void twoSignersSideBySideSeparatedBySpacesAreTwoSignersEachWithTheirOwnTitle() {
		var read = EXTRACTOR.extract("""
				2 May 2031

				Excellency,

				We write to you in our capacity as Co-Chairs of the consultations.

				Please accept, Excellency, the assurances of our highest consideration.

				Ana Ruiz                              Lars Berg
				Permanent Representative of Peru      Permanent Representative of Norway
				""");

		assertThat(read.senders())
			.extracting(Extraction.Sender::name, Extraction.Sender::role, Extraction.Sender::country)
			.containsExactly(Tuple.tuple("Ana Ruiz", "Co-Chair", "Peru"),
					Tuple.tuple("Lars Berg", "Co-Chair", "Norway"));
	}

	@Test
	void titlesOfTwoSignersSideBySideThatWrapOntoALineInSmallLettersStayEachSignersOwn() {
		var read = EXTRACTOR.extract("""
				2 May 2031

				Excellency,

				We write to you in our capacity as Co-Chairs of the consultations.

				Please accept, Excellency, the assurances of our highest consideration.

				Ana Ruiz                              Lars Berg
				Permanent Representative              Permanent Representative
				of Peru                               of Norway
				""");

		assertThat(read.senders())
			.extracting(Extraction.Sender::name, Extraction.Sender::role, Extraction.Sender::country)
			.containsExactly(Tuple.tuple("Ana Ruiz", "Co-Chair", "Peru"),
					Tuple.tuple("Lars Berg", "Co-Chair", "Norway"));
	}

	@Test
	void proseJustifiedWithSpacesUnderColumnsIsNotReadAsColumns() {
		assertThat(CleanText.columnGaps("""
				Ana Ruiz                Lars Berg
				the meeting   of the    working group""")).isEqualTo("""
				Ana Ruiz\tLars Berg
				the meeting   of the    working group""");
	}

	// --- The President's letterhead ----------------------------------------------------

	static final String REPORT_THEN_COVER = """
			Report of the Co-Chairs of the informal consultations on ocean governance to the President of the \
			General Assembly

			1. The consultations met four times. We thank delegations for their engagement and their written \
			proposals, which are annexed.

			2. We recommend that the consultations continue in the next session.

			Ana Ruiz
			Lars Berg
			Co-Chairs

			THE PRESIDENT
			OF THE
			GENERAL ASSEMBLY

			3 June 2015

			Excellency,

			I have the honour to transmit herewith the report of the Co-Chairs of the informal consultations on \
			ocean governance, H.E. Ms. Ana Ruiz, Permanent Representative of Peru, and H.E. Mr. Lars Berg, \
			Permanent Representative of Norway.

			Please accept, Excellency, the assurances of my highest consideration.

			Sam Kutesa

			All Permanent Representatives and
			Permanent Observers to the United Nations
			New York
			""";

	@Test
	void aReportsTitleNamingThePresidentIsNoLetterheadTheCoverCopiedAfterItIsTheLetter() {
		var read = EXTRACTOR.extract(REPORT_THEN_COVER);

		assertThat(read.date()).isEqualTo(LocalDate.of(2015, 6, 3));
		assertThat(LetterExtractor.letters(CleanText.of(REPORT_THEN_COVER)).get(0).text())
			.contains("I have the honour to transmit");
		assertThat(read.senders()).extracting(Extraction.Sender::name, Extraction.Sender::role)
			.containsExactly(Tuple.tuple("Sam Kahamba Kutesa", "President of the General Assembly"),
					Tuple.tuple("Ana Ruiz", "Co-Chair"), Tuple.tuple("Lars Berg", "Co-Chair"));
	}

	@Test
	void aReportTitleNamingThePresidentDoesNotMakeThePresidentItsSender() {
		var read = EXTRACTOR.extract("""
				Report of the Co-Chairs to the President of the General Assembly

				12 June 2015

				Excellency,

				As Co-Chair of the informal consultations, I submit to you my report on their work.

				Please accept, Excellency, the assurances of my highest consideration.

				Ana Ruiz
				Permanent Representative of Peru
				""");

		assertThat(read.senders())
			.extracting(Extraction.Sender::name, Extraction.Sender::role, Extraction.Sender::country)
			.containsExactly(Tuple.tuple("Ana Ruiz", "Co-Chair", "Peru"));
	}

	@Test
	void thePresidentALetterIsAddressedToAtItsTopIsNoLetterheadNorItsSender() {
		var read = EXTRACTOR.extract("""
				12 June 2015

				H.E. Mr. Sam Kahamba Kutesa
				President of the General Assembly
				United Nations, New York

				Excellency,

				As Co-Chair of the informal consultations, I write to you about their work.

				Please accept, Excellency, the assurances of my highest consideration.

				Ana Ruiz
				Permanent Representative of Peru
				""");

		assertThat(read.senders())
			.extracting(Extraction.Sender::name, Extraction.Sender::role, Extraction.Sender::country)
			.containsExactly(Tuple.tuple("Ana Ruiz", "Co-Chair", "Peru"));
	}

	// --- An enclosed letter as it writes itself ----------------------------------------

	@Test
	void anEnclosedLetterSaysToWhomItIsWrittenAndWhatItsSignersAre() {
		var toThePresident = EXTRACTOR.written(CleanText.of("""
				15 January 2047

				H.E. Mr. Dennis Francis
				President of the seventy-eighth session of the General Assembly
				United Nations, New York

				Excellency,

				We have the honour to transmit to you our report.

				Please accept, Excellency, the assurances of our highest consideration.

				Ana Ruiz                              Lars Berg
				Co-Chair                              Co-Chair
				Ambassador and Permanent Representative of Peru      Permanent Representative of Norway
				"""));

		assertThat(toThePresident.addressees())
			.isEqualTo("H.E. Mr. Dennis Francis, President of the seventy-eighth session of the General Assembly");
		assertThat(toThePresident.titleOf("Ana Ruiz"))
			.isEqualTo("Co-Chair, Ambassador and Permanent Representative of Peru");
		assertThat(toThePresident.titleOf("Lars Berg")).isEqualTo("Co-Chair, Permanent Representative of Norway");
		assertThat(EXTRACTOR.written(CleanText.of("""
				Mr. President,

				We write to you as co-facilitators.

				Yours sincerely,

				Ana Ruiz and Lars Berg
				Co-facilitators
				"""))).satisfies((w) -> assertThat(w.addressees()).isEqualTo("The President of the General Assembly"))
			.satisfies((w) -> assertThat(w.titleOf("Lars Berg")).isEqualTo("Co-facilitators"))
			.satisfies((w) -> assertThat(w.titleOf("Ana Ruiz")).isEqualTo("Co-facilitators"));
	}

}
