package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The forms a scanned or printed letter takes once read back as text: a table whose
 * header and cells wrap onto lines of their own, cells run together, a title wrapped in a
 * signature block, digits OCR read for letters. Rule-level examples, not letters.
 */
class ScannedFormsRulesTests {

	static final LetterExtractor EXTRACTOR = new LetterExtractor();

	@Test
	void aTableHeaderWhoseTimesWrapOntoTheNextLineGivesItsSlotsThoseTimes() {
		var letter = EXTRACTOR.extract("""
				3 March 2031

				Excellency,

				The consultations will be held as follows:

				Date\tMorning\tAfternoon\tRoom
				(09:30-12:30)\t(14:30-17:30)
				12 March\tPart one\tPart two\tConference Room 2
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::start, Extraction.Meeting::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalTime.of(9, 30), LocalTime.of(12, 30)),
					org.assertj.core.groups.Tuple.tuple(LocalTime.of(14, 30), LocalTime.of(17, 30)));
	}

	@Test
	void aCellWrappedOntoALineOfItsOwnDoesNotEndTheTable() {
		var letter = EXTRACTOR.extract("""
				3 March 2031

				Excellency,

				Date\tMorning (10:00-13:00)\tAfternoon (15:00-18:00)\tLocation
				12 March\tGeneral statements\tCluster one\tConference Room 2
				including the
				preamble
				13 March\tCluster two\tCluster three\tConference Room 3
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::venue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 12), "Conference Room 2"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 12), "Conference Room 2"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 13), "Conference Room 3"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 13), "Conference Room 3"));
	}

	@Test
	void aRowWhoseCellsRanTogetherKeepsItsRoomAndItsSlots() {
		var letter = EXTRACTOR.extract("""
				3 March 2031

				Excellency,

				Date\tMorning (10:00-13:00)\tAfternoon (15:00-18:00)\tLocation
				12 March\tCluster one Cluster two\tTrusteeship Council
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::start, Extraction.Meeting::venue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalTime.of(10, 0), "Trusteeship Council Chamber"),
					org.assertj.core.groups.Tuple.tuple(LocalTime.of(15, 0), "Trusteeship Council Chamber"));
	}

	@Test
	void aTitleWrappedInASignatureBlockIsNoSecondSigner() {
		var letter = EXTRACTOR.extract("""
				3 March 2031

				Excellency,

				I have the honour to invite you to a meeting on 12 March 2031 at 10 a.m. in Conference Room 1.

				Please accept, Excellency, the assurances of my highest consideration.

				Ana Pereira

				Ambassador, Permanent Representative Chair of the Intergovernmental Negotiations on
				Security Council reform
				""");

		assertThat(letter.senders()).extracting(Extraction.Sender::name).containsExactly("Ana Pereira");
	}

	@Test
	void aNameOfBodiesIsNeverASigner() {
		var letter = EXTRACTOR.extract("""
				3 March 2031

				Excellency,

				Please accept, Excellency, the assurances of my highest consideration.

				Ana Pereira
				Chair

				General Assembly Review
				""");

		assertThat(letter.senders()).extracting(Extraction.Sender::name).containsExactly("Ana Pereira");
	}

	@Test
	void aDigitReadForALetterInsideANameIsThatLetter() {
		assertThat(CleanText.of("H.E. Mr. Juan G6mez of Co1ombia, in room 10 at 3:00, A/72/1"))
			.isEqualTo("H.E. Mr. Juan Gomez of Colombia, in room 10 at 3:00, A/72/1");
	}

	@Test
	void theDayALetterIsWrittenIsNoMeetingItAnnounces() {
		var letter = EXTRACTOR.extract("""
				29 August, 2031
				Dear Representatives,
				I refer to the meeting to be held on 22 September 2031 in the General Assembly Hall
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly(LocalDate.of(2031, 9, 22));
	}

	@Test
	void aDayTheTextSaysAMeetingTookPlaceIsNotAnnouncedByAListThatNamesItAgain() {
		var letter = EXTRACTOR.extract("""
				18 October 2031

				The first informal meeting took place on Friday 17 October.
				The dates of the informal sessions are:
				- 17 Oct Opening session
				- 10 Nov Global context
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly(LocalDate.of(2031, 11, 10));
	}

	@Test
	void aSilenceProcedureOrADeadlineIsNoMeeting() {
		var letter = EXTRACTOR.extract("""
				3 March 2031

				Excellency,

				The text will be placed under a silence procedure starting on 10 March 2031. The deadline for
				comments will be 12 March 2031.
				""");

		assertThat(letter.meetings()).isEmpty();
	}

	@Test
	void aTimedSideMeetingOnADayOfASessionIsAMeetingBesidesTheSessionsDay() {
		var letter = EXTRACTOR.extract("""
				3 June 2031

				The next session will be held from 16-18 June in the Trusteeship Council.

				On Tuesday, 17 June, there will be a meeting with stakeholders from 10:00am to 1:00pm.
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::start)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 6, 16), null),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 6, 17), null),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 6, 17), LocalTime.of(10, 0)),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 6, 18), null));
	}

	@Test
	void theTimeASessionBeginsIsItsFirstDaysTime() {
		var letter = EXTRACTOR.extract("""
				3 June 2031

				Excellency,

				Our consultations will be held from 16 - 18 June. We propose to begin the consultations on Monday
				16 June at 10am.
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::start)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 6, 16), LocalTime.of(10, 0)),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 6, 17), null),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 6, 18), null));
	}

	@Test
	void aTextWithoutADateTakesTheYearOfAWeekdayAfterTheResolutionItCites() {
		// 3 June is a Friday in 2016: the first such year after resolution 67/290 (2013).
		var letter = EXTRACTOR.extract("""
				The modalities are those of resolution 67/290.
				The co-facilitators will convene consultations on Friday, 3 June, at 1 p.m. in Conference Room 12.
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly(LocalDate.of(2016, 6, 3));
	}

	@Test
	void thePresidentsCoverLetterAfterWhatItEnclosesDatesTheFileAndSignsByTheRegister() {
		var letter = EXTRACTOR.extract("Co-Chairs' Interim Report June 27,2006 Mr. President: Your Co-Chairs report "
				+ "on their work in facilitating the review by member states of all mandates older than five years, "
				+ "as directed by leaders in the World Summit Outcome. THE PRESIDENT OF THE GENERAL ASSEMBLY 28 June 2006 Dear Colleague, Please find "
				+ "attached an interim report of the Co-Chairs I designated.");

		assertThat(letter.date()).isEqualTo(LocalDate.of(2006, 6, 28));
		assertThat(letter.letters()).containsExactlyInAnyOrder(LocalDate.of(2006, 6, 27), LocalDate.of(2006, 6, 28));
		assertThat(letter.senders()).extracting(Extraction.Sender::name, Extraction.Sender::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Jan Eliasson", "President of the General Assembly"));
	}

	@Test
	void aPresidentsLetterWhoseSignatureCannotBeReadIsThePresidentsOfItsSession() {
		var letter = EXTRACTOR.extract("""
				THE PRESIDENT OF THE GENERAL ASSEMBLY

				27 June 2014

				Excellency,

				I have the honour to transmit the outcome document.

				Please accept, Excellency, the assurances of my highest consideration.

				C \\ ,r' o John w,,/ she
				""");

		assertThat(letter.senders()).extracting(Extraction.Sender::name).contains("John W. Ashe");
	}

	@Test
	void aSymbolWhoseSlashOcrReadAsAOneOrWhoseResOcrGarbledIsStillReferredTo() {
		var references = EXTRACTOR
			.extract("3 March 2031\n\nExcellency,\n\nAs mandated by decision 621557 and "
					+ "resolution 601251, in the Outcome (A/Rl3S/60/1) and resolution (76/307), I write to you.")
			.references();

		assertThat(references.decisions()).containsExactly("62/557");
		assertThat(references.resolutions()).containsExactlyInAnyOrder("60/251", "60/1", "76/307");
	}

	@Test
	void wordsTheRulesKeyOnAreReadBackFromTheirOcrMisreadings() {
		assertThat(CleanText.of("Ainbassador Rook of Paltistan, Deceinber 2031, tlie Asseinbly, the rneinber States"))
			.isEqualTo("Ambassador Rook of Pakistan, December 2031, the Assembly, the member States");
	}

	@Test
	void wordsAndNamesThatAreNoMisreadingStayAsWritten() {
		var text = "Mr. Rainer Inam of Mali joining the meeting in the morning, Minister Lin, SUMMIT";
		assertThat(CleanText.of(text)).isEqualTo(text);
	}

	@Test
	void theChairsNamedAfterNamelyAreTheSendersWithTheirStates() {
		var letter = EXTRACTOR.extract("""
				THE PRESIDENT OF THE GENERAL ASSEMBLY

				3 March 2031

				Dear Colleague,

				Under the able leadership of the two Co-Chairs I designated on management reform, namely, \
				Ainbassador Rook of Paltistan and Ambassador Ferreira of Portugal, ten informal consultations \
				were held. Please find attached their interim report.
				""");

		assertThat(letter.senders()).extracting(Extraction.Sender::name).contains("Rook", "Ferreira");
		assertThat(letter.senders()).filteredOn((s) -> s.name().equals("Rook"))
			.extracting(Extraction.Sender::country)
			.containsExactly("Pakistan");
		assertThat(letter.senders()).extracting(Extraction.Sender::name).noneMatch((name) -> name.contains("ASSEMBLY"));
	}

	/**
	 * A letter on the President's letterhead, in the first person, of the 69th session
	 * (Sam Kahamba Kutesa), whose signature does not read.
	 */
	static final String ON_THE_LETTERHEAD = """
			THE PRESIDENT OF THE GENERAL ASSEMBLY

			3 March 2015

			Excellency,

			I have the honour to inform you that I intend to convene an informal meeting of the plenary on \
			the revitalization of the work of the General Assembly, and I look forward to your participation.

			Please accept, Excellency, the assurances of my highest consideration.

			J w,,/ sh
			""";

	@Test
	void aLetterOnThePresidentsLetterheadSignedUnreadablyIsThePresidentsOfItsDateAndSaysSo() {
		var letter = EXTRACTOR.extract(ON_THE_LETTERHEAD);

		var president = letter.senders()
			.stream()
			.filter(Extraction.Sender::supplied)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no President supplied: " + letter.senders()));
		assertThat(president.name()).isEqualTo("Sam Kahamba Kutesa");
		assertThat(president.role()).isEqualTo("President of the General Assembly");
		assertThat(president.match().written()).as("the letter does not write the name").isNull();
		assertThat(president.match().session()).isEqualTo(69);
		assertThat(KnownPeople.of(List.of()).matched(letter.senders(), null, null))
			.as("matching again against a register keeps what the rule supplied")
			.contains(president);
	}

}
