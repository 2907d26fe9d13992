package org.plenary.correspondence;

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
			.containsExactly(org.assertj.core.groups.Tuple.tuple("09:30", "12:30"),
					org.assertj.core.groups.Tuple.tuple("14:30", "17:30"));
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
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2031-03-12", "Conference Room 2"),
					org.assertj.core.groups.Tuple.tuple("2031-03-12", "Conference Room 2"),
					org.assertj.core.groups.Tuple.tuple("2031-03-13", "Conference Room 3"),
					org.assertj.core.groups.Tuple.tuple("2031-03-13", "Conference Room 3"));
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
			.containsExactly(org.assertj.core.groups.Tuple.tuple("10:00", "Trusteeship Council Chamber"),
					org.assertj.core.groups.Tuple.tuple("15:00", "Trusteeship Council Chamber"));
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

}
