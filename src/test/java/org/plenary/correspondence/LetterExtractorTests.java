package org.plenary.correspondence;

import java.time.LocalTime;
import java.time.LocalDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Letters unlike the seeds: moved meetings, virtual ones, a January programme in a
 * December letter, a US-style dateline, and a letter whose line breaks OCR lost.
 */
class LetterExtractorTests {

	static final LetterExtractor EXTRACTOR = new LetterExtractor();

	static final String RESCHEDULED = """
			THE PRESIDENT
			OF THE
			GENERAL ASSEMBLY

			December 12, 2025

			Excellency,

			I have the honour to transmit herewith a letter from the Co-Facilitators, H.E. Ms. Ana María Pérez, \
			Permanent Representative of Colombia, and H.E. Mr. Jan Novák, Permanent Representative of Czechia.

			Please accept, Excellency, the assurances of my highest consideration.

			Annalena Baerbock

			All Permanent Representatives and
			Permanent Observers to the United Nations
			New York

			December 10, 2025

			Excellency,

			We write to you as co-facilitators. The informal meeting originally scheduled for 15 December 2025 has \
			been rescheduled to Friday, 19 December 2025, from 10 a.m. to 1 p.m. EST in CR 4. A briefing will be held \
			virtually on 22 December 2025 at 12 noon. The consultations tentatively planned for 5 February will \
			follow.

			The programme of work for the first round of negotiations, which will take place from 14 to 16 January, \
			is as follows:

			Date\tMorning (10:00-13:00)\tAfternoon (15:00-18:00)\tLocation
			Wednesday, 14 January\tSection I\tSection II\tConference Room 1
			Thursday, 15 January\tSection III\t—\tECOSOC Chamber

			Statements are limited to a maximum of 5 minutes. We recall resolutions 77/335 and 78/320 and decision \
			79/567.

			Please accept, Excellency, the assurances of our highest consideration.

			Ana María Pérez
			Ambassador and Permanent Representative of Colombia

			Jan Novák
			Ambassador and Permanent Representative of Czechia
			""";

	@Test
	void aRescheduledMeetingIsAnnouncedOnItsNewDateOnly() {
		var letter = EXTRACTOR.extract(RESCHEDULED);
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).doesNotContain(LocalDate.of(2025, 12, 15));
		assertThat(letter.meetings()).filteredOn((m) -> m.date().equals(LocalDate.of(2025, 12, 19)))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.start()).isEqualTo(LocalTime.of(10, 0));
				assertThat(m.end()).isEqualTo(LocalTime.of(13, 0));
				assertThat(m.venue()).isEqualTo("Conference Room 4");
			});
	}

	@Test
	void readsALongLetterAsItsShortForm() {
		// Some 80,000 characters of annex before the signature: longer than the reading
		// keeps its working space for, so it is read with space of its own.
		var annex = "The Co-Facilitators recall the views expressed in the earlier rounds. ".repeat(1200);
		var withAnnex = RESCHEDULED.replace("Statements are limited", annex + "\n\nStatements are limited");
		assertThat(withAnnex).hasSizeGreaterThan(80_000);
		assertThat(EXTRACTOR.extract(withAnnex).meetings()).isEqualTo(EXTRACTOR.extract(RESCHEDULED).meetings());
	}

	@Test
	void aVirtualBriefingAtNoonHasNoRoom() {
		assertThat(EXTRACTOR.extract(RESCHEDULED).meetings())
			.filteredOn((m) -> m.date().equals(LocalDate.of(2025, 12, 22)))
			.singleElement()
			.satisfies((m) -> {
				assertThat(m.start()).isEqualTo(LocalTime.of(12, 0));
				assertThat(m.venue()).isNull();
			});
	}

	@Test
	void aJanuaryProgrammeInADecemberLetterIsNextYearsBySlot() {
		var january = EXTRACTOR.extract(RESCHEDULED)
			.meetings()
			.stream()
			.filter((m) -> m.date().toString().startsWith("2026-01"))
			.map((m) -> m.date() + " " + m.start() + " " + m.venue() + " " + m.topic())
			.toList();
		// The table gives 14 and 15 January by slot; the sentence announces the round
		// until 16 January.
		assertThat(january).containsExactly("2026-01-14 10:00 Conference Room 1 Section I",
				"2026-01-14 15:00 Conference Room 1 Section II", "2026-01-15 10:00 ECOSOC Chamber Section III",
				"2026-01-16 null null null");
	}

	@Test
	void aTentativeMeetingIsProvisional() {
		assertThat(EXTRACTOR.extract(RESCHEDULED).meetings())
			.filteredOn((m) -> m.date().equals(LocalDate.of(2026, 2, 5)))
			.extracting(Extraction.Meeting::status)
			.containsExactly(Extraction.Status.PROVISIONAL);
	}

	@Test
	void readsTheSendersTheirStatesAndTheRules() {
		var letter = EXTRACTOR.extract(RESCHEDULED);
		assertThat(letter.date()).isEqualTo(LocalDate.of(2025, 12, 12));
		assertThat(letter.letters()).containsExactly(LocalDate.of(2025, 12, 12), LocalDate.of(2025, 12, 10));
		assertThat(letter.senders())
			.extracting(Extraction.Sender::name, Extraction.Sender::role, Extraction.Sender::country)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Annalena Baerbock", "President of the General Assembly", null),
					org.assertj.core.groups.Tuple.tuple("Ana María Pérez", "Co-facilitator", "Colombia"),
					org.assertj.core.groups.Tuple.tuple("Jan Novák", "Co-facilitator", "Czechia"));
		assertThat(letter.addressees())
			.isEqualTo("All Permanent Representatives and Permanent Observers to the United Nations");
		assertThat(letter.references().resolutions()).containsExactly("77/335", "78/320");
		assertThat(letter.references().decisions()).containsExactly("79/567");
		assertThat(letter.rules().interventionLimitMinutes()).isEqualTo(5);
	}

	@Test
	void readsALetterWhoseLineBreaksWereLost() throws IOException {
		var seed = new String(new ClassPathResource("seeds/000_7fe24c4cba9f33ed.txt").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		var flat = seed.replace('\n', ' ').replaceAll(" +", " ");
		var letter = EXTRACTOR.extract(flat);
		assertThat(letter.date()).isEqualTo(LocalDate.of(2018, 2, 16));
		assertThat(letter.letters()).containsExactly(LocalDate.of(2018, 2, 16), LocalDate.of(2018, 2, 15));
		assertThat(letter.senders()).extracting(Extraction.Sender::name)
			.containsExactly("Miroslav Lajčák", "Kaha Imnadze", "Lana Zaki Nusseibeh");
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2018, 2, 27), LocalDate.of(2018, 2, 28), LocalDate.of(2018, 3, 27),
					LocalDate.of(2018, 3, 28), LocalDate.of(2018, 3, 29), LocalDate.of(2018, 5, 1),
					LocalDate.of(2018, 5, 2), LocalDate.of(2018, 6, 6), LocalDate.of(2018, 6, 7));
	}

	@Test
	void leavesOutMeetingsTheLetterRecallsAsPast() throws IOException {
		var seed = new String(new ClassPathResource("seeds/003_5c0690904785c5d7.txt").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(EXTRACTOR.extract(seed).meetings()).extracting(Extraction.Meeting::date)
			.doesNotContain(LocalDate.of(2024, 10, 2));
	}

	static final String PAIRED = """
			New York, 2 March 2026

			Excellency,

			The informal consultations will be held on 16 March 2026 from 10 a.m. to 1 p.m. in Conference Room 1 \
			and on 18 March 2026 from 3 p.m. to 6 p.m. in the ECOSOC Chamber.

			The schedule of the second round is as follows:

			| Date | Morning (10:00-13:00) | Afternoon (15:00-18:00) | Location |
			|---|---|---|---|
			| 23 March | Chapter I | Chapter II | Trusteeship Council |

			Please accept, Excellency, the assurances of our highest consideration.

			(Signed) Ana María Pérez
			Permanent Representative of Colombia
			""";

	@Test
	void pairsEachDateWithItsOwnTimeAndRoom() {
		assertThat(EXTRACTOR.extract(PAIRED).meetings()).filteredOn((m) -> m.date().toString().startsWith("2026-03-1"))
			.extracting((m) -> m.date() + " " + m.start() + "-" + m.end() + " " + m.venue())
			.containsExactly("2026-03-16 10:00-13:00 Conference Room 1", "2026-03-18 15:00-18:00 ECOSOC Chamber");
	}

	@Test
	void readsATableWrittenWithPipes() {
		assertThat(EXTRACTOR.extract(PAIRED).meetings()).filteredOn((m) -> m.date().equals(LocalDate.of(2026, 3, 23)))
			.extracting((m) -> m.start() + " " + m.topic() + " " + m.venue())
			.containsExactly("10:00 Chapter I Trusteeship Council Chamber",
					"15:00 Chapter II Trusteeship Council Chamber");
	}

	@Test
	void readsASignatureMarkedSigned() {
		assertThat(EXTRACTOR.extract(PAIRED).senders()).extracting(Extraction.Sender::name, Extraction.Sender::country)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ana María Pérez", "Colombia"));
	}

	@Test
	void takesNoNameFromTheInitialsInASignaturesDescription() {
		var letter = """
				16 February 2018

				Excellency,

				I have the honour to transmit herewith a letter from the Co-Chairs.

				Please accept, Excellency, the assurances of my highest consideration.

				A handwritten signature in blue ink, appearing to read 'M. Lajčák', written over a light blue circular stamp.

				Miroslav Lajčák
				""";

		assertThat(EXTRACTOR.extract(letter).senders()).extracting(Extraction.Sender::name)
			.containsExactly("Miroslav Lajčák");
	}

	static final String LISTED = """
			New York, 20 February 2026

			Excellency,

			The informal meetings of the second round will be held as follows:

			- 9 March 2026 (10 a.m. to 1 p.m.): Cluster 1, categories of membership
			- 11 March 2026 (3 p.m. to 6 p.m.): Cluster 2, the question of the veto

			We thank delegations for the meeting held on 12 February 2026.

			The third round:

			Monday, 13 April\t10:00-13:00\tConference Room 3\tCluster 3
			Tuesday, 14 April\t15:00-18:00\tCR 3\tCluster 4

			Day/Date\tTime\tRoom
			Wednesday, 6 May\t10 a.m.-1 p.m.\tTrusteeship Council

			Please accept, Excellency, the assurances of our highest consideration.

			(Signed) Jan Novak
			Co-Chair
			""";

	@Test
	void readsMeetingsListedUnderAnAnnouncement() {
		assertThat(EXTRACTOR.extract(LISTED).meetings()).filteredOn((m) -> m.date().toString().startsWith("2026-03"))
			.extracting((m) -> m.date() + " " + m.start() + " " + m.topic())
			.containsExactly("2026-03-09 10:00 Cluster 1, categories of membership",
					"2026-03-11 15:00 Cluster 2, the question of the veto");
	}

	@Test
	void readsTableRowsWithoutAHeaderByWhatTheirCellsHold() {
		assertThat(EXTRACTOR.extract(LISTED).meetings()).filteredOn((m) -> !m.date().toString().startsWith("2026-03"))
			.extracting((m) -> m.date() + " " + m.start() + " " + m.venue())
			.containsExactly("2026-04-13 10:00 Conference Room 3", "2026-04-14 15:00 Conference Room 3",
					"2026-05-06 10:00 Trusteeship Council Chamber");
	}

	@Test
	void leavesOutAMeetingTheLetterThanksDelegationsFor() {
		assertThat(EXTRACTOR.extract(LISTED).meetings()).extracting(Extraction.Meeting::date)
			.doesNotContain(LocalDate.of(2026, 2, 12));
	}

	@Test
	void refusesAnEmptyText() {
		assertThatExceptionOfType(UnreadableLetter.class).isThrownBy(() -> EXTRACTOR.extract("  \n "))
			.satisfies((e) -> assertThat(e.reason()).isEqualTo("The file has no text."));
	}

}
