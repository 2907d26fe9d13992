package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;

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

		assertThat(letter.date()).isEqualTo(LocalDate.of(2031, 3, 3));
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly(LocalDate.of(2031, 3, 10));
	}

	@Test
	void aSentenceOcrPartedByBlankLinesStillAnnouncesItsMeetingsAndItsParagraphsAreStoredWhole() {
		// Tesseract parts the lines of one paragraph with blank lines where the leading
		// is wide: the verb that announces ("will") ends one line, its date starts the
		// next.
		var scanned = """
				New York, 14 January 2041

				Excellency,

				We write to you as Co-Chairs of the consultations. We wish to inform you that the next meetings will

				be held on 4 and 5 February 2041 from 10 a.m. to 1 p.m. in Conference Room 4, and will

				focus on working methods.

				Please accept, Excellency, the assurances of our highest consideration.
				""";

		assertThat(EXTRACTOR.extract(scanned).meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2041, 2, 4), LocalDate.of(2041, 2, 5));
		assertThat(ImportConfirmation.paragraphs(scanned)).singleElement()
			.asString()
			.endsWith("and will focus on working methods.");
		assertThat(ImportConfirmation.paragraphs("""
				Excellency,

				We write to you about the consultations, which ended on 3 March.

				the second paragraph starts in lower case and stays a paragraph of its own.
				""")).hasSize(2);
	}

	@Test
	void aListItemWithoutAColonHasForSubjectWhatFollowsItsDatesAndTwoDatesJoinedByOrAreProvisional() {
		var letter = EXTRACTOR.extract("""
				3 October 2033

				Excellency,

				The informal sessions will be held on the following dates:
				- 10 Nov (1/2 day) Trade and investment
				- 17 - 18 Nov, 10 a.m. - 1 p.m. Debt sustainability;
				- 9 Dec or 13 Jan Science and technology
				- 20 Jan in Conference Room 2
				- 27 Jan
				- 3-4 Feb 2nd drafting session
				""");

		assertThat(letter.meetings()).extracting((m) -> m.date() + " " + m.topic() + " " + m.status())
			.containsExactly("2033-11-10 Trade and investment SCHEDULED", "2033-11-17 Debt sustainability SCHEDULED",
					"2033-11-18 Debt sustainability SCHEDULED", "2033-12-09 Science and technology PROVISIONAL",
					"2034-01-13 Science and technology PROVISIONAL", "2034-01-20 null SCHEDULED",
					"2034-01-27 null SCHEDULED", "2034-02-03 null SCHEDULED", "2034-02-04 null SCHEDULED");
		assertThat(letter.meetings()).last().extracting(Extraction.Meeting::format).isEqualTo("2nd drafting session");
	}

	@Test
	void aWeekendDayTheLetterListsIsAMeetingAndOneInsideASpanIsNot() {
		// 2 February 2042 is a Sunday; 1 February a Saturday.
		var listed = EXTRACTOR.extract("""
				14 January 2042

				Excellency,

				The informal meetings will be held on 2, 3, 4 and 5 February 2042 in Conference Room 4.
				""");
		var span = EXTRACTOR.extract("""
				14 January 2042

				Excellency,

				The informal meetings will be held from 30 January to 4 February 2042 in Conference Room 4.
				""");

		assertThat(listed.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2042, 2, 2), LocalDate.of(2042, 2, 3), LocalDate.of(2042, 2, 4),
					LocalDate.of(2042, 2, 5));
		assertThat(span.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2042, 1, 30), LocalDate.of(2042, 1, 31), LocalDate.of(2042, 2, 3),
					LocalDate.of(2042, 2, 4));
	}

	@Test
	void aLetterheadRunIntoTheTextIsNotALetterOfItsOwn() {
		var letter = EXTRACTOR.extract("OFFICE OF THE PRESIDENT OF THE COUNCIL ".repeat(8)
				+ "4 November 2030 Excellency, I write to inform you that the consultations will be held on "
				+ "12 November 2030 in Conference Room 3.");

		assertThat(letter.date()).isEqualTo(LocalDate.of(2030, 11, 4));
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

		assertThat(letter.date()).isEqualTo(LocalDate.of(2031, 3, 4));
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly(LocalDate.of(2031, 3, 11));
	}

	@Test
	void aReportOfALetterIsDatedByTheDayTheLetterWasSentNotByAResolutionsDay() {
		var letter = EXTRACTOR.extract("""
				Pursuant to resolution 80/123 of 2 December 2029, two co-facilitators were appointed.
				On 17 February 2030, the co-facilitators sent a letter on the next steps.
				""");

		assertThat(letter.date()).isEqualTo(LocalDate.of(2030, 2, 17));
	}

	@Test
	void anEarlierLetterReferredToDoesNotDateAnUndatedText() {
		var letter = EXTRACTOR.extract("""
				Revised draft

				Further to our letter of 3 March 2031, we attach the revised draft. The consultations on it will \
				begin on Tuesday, 11 March 2031 at 10 a.m.
				""");

		assertThat(letter.date()).isNull();
		assertThat(letter.references().letters()).hasSize(1);
		assertThat(letter.meetings()).singleElement()
			.satisfies((m) -> assertThat(m.date()).isEqualTo(LocalDate.of(2031, 3, 11)));
		assertThat(letter.senders()).as("a heading is no one's name").isEmpty();
	}

	@Test
	void aDateOverAMeetingsTimeIsTheMeetingsNotTheLettersDateline() {
		var letter = EXTRACTOR.extract("""
				Briefing on the preparations for the forum

				The President will convene a briefing on Friday, 23 May 2031, at 10 AM in Conference Room 4. On \
				Friday, 23 May, at 3 PM, the co-facilitators will hold a webinar with stakeholders.

				Webinar with stakeholders
				Friday, May 23, 2031
				3:00 pm | Eastern Daylight Time (New York)
				Meeting number: 794 965 700
				""");

		assertThat(letter.date()).isNull();
		assertThat(letter.meetings()).hasSize(2);
	}

	@Test
	void aFragmentThatNamesOnlyMeetingsDaysStaysUndated() {
		var letter = EXTRACTOR.extract("""
				in the reform of the Council.

				We thank delegations for the debate on reform on 11 November 2030. We would invite delegations to the \
				next session on 19 November 2030.
				""");

		assertThat(letter.date()).isNull();
	}

	@Test
	void aTextWithoutAnyDateTakesTheYearAWeekdayFixesAmongTheYearsItWrites() {
		var letter = EXTRACTOR.extract("""
				Logistics for the 2031 session

				The next session will be held on Wednesday, 25 June in Conference Room 2, and on 26 June.
				""");

		assertThat(letter.date()).isNull();
		assertThat(DateReader.impliedByWeekday("on Wednesday, 25 June, in the 2031 session")).hasToString("2031-06-25");
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2031, 6, 25), LocalDate.of(2031, 6, 26));
	}

	// --- Forms of letters not in the corpus (letters-r) --------------------------

	@Test
	void theDayAResolutionOrDecisionWasAdoptedIsNoMeeting() {
		var letter = EXTRACTOR.extract("""
				In accordance with General Assembly resolution 61/27 of 4 December 2006, the President will convene an
				informal meeting of the General Assembly on Friday, 12 March 2032, from 10:00 to 11:30 a.m., in the
				General Assembly Hall. In keeping with decision 86/512 of 20 September 2031, the meeting will hear
				statements from regional groups.
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::start)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2032, 3, 12), LocalTime.of(10, 0)));
		assertThat(letter.references().resolutions()).containsExactly("61/27");
	}

	@Test
	void aListWhoseBulletsWereLostGoesOnPastAnAsideInParentheses() {
		// Copied from a PDF, the bullets of a list of rounds become spaces: one
		// sentence, the rounds one after the other, an aside about the first in
		// parentheses.
		var letter = EXTRACTOR.extract(
				"""
						New York, 15 December 2033

						Excellency,

						We wish to inform all delegations of the dates of the negotiations, to be held at Headquarters in New York as set out in the modalities agreed by the Member States:  9 and 11 to12 January 2034 (an informal hearing, chaired by the President of the Assembly, on 10 January)  6 to 7 February 2034  2 March 2034

						Further details will be made available ahead of each round.
						""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2034, 1, 9), LocalDate.of(2034, 1, 11), LocalDate.of(2034, 1, 12),
					LocalDate.of(2034, 2, 6), LocalDate.of(2034, 2, 7), LocalDate.of(2034, 3, 2));
	}

	@Test
	void aDateInsideAnUnclosedParenthesisKeepsTheWordsThatSayWhatItIs() {
		assertThat(LetterExtractor.withoutAsides(" (a hearing chaired by the President on 10 January)  ")).isBlank();
		assertThat(LetterExtractor.withoutAsides(" (postponed from ")).isEqualTo(" (postponed from ");
		assertThat(LetterExtractor.withoutAsides(" (10 a.m.) and (Room 4) then ")).isEqualTo("   and   then ");
	}

	@Test
	void aCoverLetterWhoseHonorificAndLetterheadOcrGarbledStillNamesItsWriters() {
		var letter = EXTRACTOR.extract(
				"""
						~ THE PRESIDENT OFTHE GENERAL'" ASSEMBLY

						12 January 2032

						Excellency,

						Please find enclosed herewith a letter from RE. Mr. Tomas Varga, Permanent Representative of Hungary and H.E. Ms. Ana Silva, Permanent Representative of Portugal, co-facilitators of the consultations.

						Please accept, Excellency, the assurances of my highest consideration.
						""");

		assertThat(letter.senders()).extracting(Extraction.Sender::name, Extraction.Sender::country)
			.contains(org.assertj.core.groups.Tuple.tuple("Tomas Varga", "Hungary"),
					org.assertj.core.groups.Tuple.tuple("Ana Silva", "Portugal"));
	}

	@Test
	void aBlockOfFieldsOneToALineIsAMeetingAndAnEmailsDateHeaderIsNot() {
		var invitation = EXTRACTOR.extract("""
				Briefing on the preparations for the conference

				The co-facilitators will brief delegations on the preparations. The briefing is open to observers.

				Date: Tuesday, 4 March 2031
				Time: 3 pm to 4.30 pm
				Venue: UN Headquarters, Conference Room 11
				""");
		var email = EXTRACTOR.extract("""
				From: Office of the President
				Date: Tuesday, 4 March 2031
				Subject: Briefing on the preparations for the conference

				Dear colleagues, the list of speakers is attached.
				""");

		assertThat(invitation.meetings())
			.extracting(Extraction.Meeting::date, Extraction.Meeting::start, Extraction.Meeting::end,
					Extraction.Meeting::venue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 4), LocalTime.of(15, 0),
					LocalTime.of(16, 30), "Conference Room 11"));
		assertThat(email.meetings()).isEmpty();
	}

	@Test
	void chairsNamedByTheirTitleWithoutAnHonorificWroteTheLetterAReportSays() {
		var report = EXTRACTOR.extract("""
				Co-facilitators Tomas Varga, Permanent Representative of Hungary, and Ana Silva, Permanent \
				Representative of Portugal, issued a roadmap for the consultations on the declaration.
				""");
		var onlyMentioned = EXTRACTOR.extract("""
				The co-facilitators of the last session, Tomas Varga, Permanent Representative of Hungary, and Ana \
				Silva, Permanent Representative of Portugal, were thanked for their work by the Assembly.
				""");

		assertThat(report.senders())
			.extracting(Extraction.Sender::name, Extraction.Sender::role, Extraction.Sender::country)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Tomas Varga", "Co-facilitator", "Hungary"),
					org.assertj.core.groups.Tuple.tuple("Ana Silva", "Co-facilitator", "Portugal"));
		assertThat(onlyMentioned.senders()).isEmpty();
	}

	@Test
	void theWritersALetterFromNamesEachWithAStateAreSendersAndSoIsTheOneOfALetterDatedFrom() {
		var eachWithAState = EXTRACTOR.extract("""
				The draft was accompanied by a letter from Tomas Varga, Hungary, and Ana Silva, Portugal, who \
				co-chair the preparatory committee.
				""");
		var dated = EXTRACTOR.extract("""
				Please find attached a letter dated 17 July from the President of the Council H.E. Tomas Varga.
				""");

		assertThat(eachWithAState.senders()).extracting(Extraction.Sender::name, Extraction.Sender::country)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Tomas Varga", "Hungary"),
					org.assertj.core.groups.Tuple.tuple("Ana Silva", "Portugal"));
		assertThat(dated.senders()).extracting(Extraction.Sender::name).containsExactly("Tomas Varga");
	}

	@Test
	void theButtonsOfAWebPageCopiedWithTheLetterAreNoSigner() {
		var page = EXTRACTOR.extract("""
				The co-facilitators convened the first round of consultations on the draft declaration.

				PrintView Printer Friendly Version

				EmailEmail Article to Friend
				""");

		assertThat(page.senders()).isEmpty();
	}

	@Test
	void aReportOfALetterIsDatedByTheLettersDayWithTheYearOfTheReport() {
		var report = EXTRACTOR.extract("""
				Declaration on oceans | Silence procedure
				Posted: Monday, January 6, 2031 at 9:15AM
				Please find attached a letter dated 30 December from the President of the Council placing the draft \
				declaration under silence procedure until 6 p.m. on Friday, 10 January.
				""");

		assertThat(report.date()).isEqualTo(LocalDate.of(2030, 12, 30));
		assertThat(report.meetings()).isEmpty();
	}

	@Test
	void aNewsItemThatOpensWithItsDateAndAColonIsDatedByItAndItsDaysWithoutAYearFollowIt() {
		var news = EXTRACTOR.extract("""
				14 November 2032: The co-chairs have announced the schedule of the negotiations, which will take \
				place at Headquarters as follows:
				  • 12, 13 and 15 January;
				  • 3-4 February 2033.
				""");

		assertThat(news.date()).isEqualTo(LocalDate.of(2032, 11, 14));
		assertThat(news.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2033, 1, 12), LocalDate.of(2033, 1, 13), LocalDate.of(2033, 1, 15),
					LocalDate.of(2033, 2, 3), LocalDate.of(2033, 2, 4));
	}

	@Test
	void aNewsItemWhoseTagIsGluedToItsOpeningDateIsDatedByIt() {
		var news = EXTRACTOR.extract("""
				UNGA27 June 2032: The co-facilitators have paused their consultations until August. The next round \
				of consultations is planned for 27-28 August.
				""");

		assertThat(news.date()).isEqualTo(LocalDate.of(2032, 6, 27));
		assertThat(news.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2032, 8, 27), LocalDate.of(2032, 8, 28));
	}

	@Test
	void aReportOfTheirLetterIsDatedByItButOurEarlierLetterIsNot() {
		var report = EXTRACTOR.extract("""
				In their letter of 14 December 2031, the co-facilitators set out the consultations on the zero \
				draft.
				""");
		var ours = EXTRACTOR.extract("""
				Further to our letter of 14 December 2031, we attach the revised draft.
				""");

		assertThat(report.date()).isEqualTo(LocalDate.of(2031, 12, 14));
		assertThat(ours.date()).isNull();
	}

	@Test
	void aResolutionNamedByWhatItDoesHasItsSymbolInParenthesesAfter() {
		var letter = EXTRACTOR.extract("""
				The dates follow the General Assembly resolution setting the modalities of the preparatory process \
				(88/301). The report is issued as document (A/88/450).
				""");

		assertThat(letter.references().resolutions()).containsExactly("88/301");
	}

	@Test
	void aConferenceRoomWrittenWithAHyphenIsThatRoom() {
		assertThat(RoomReader.findAll("The briefing will be held in CR-11 at 3 p.m."))
			.extracting(RoomReader.Named::name)
			.containsExactly("Conference Room 11");
		assertThat(RoomReader.findAll("See document CRP-11 of the committee.")).isEmpty();
	}

	// --- Times and slots ------------------------------------------------------------

	private static java.util.List<String> slots(String sentence) {
		return EXTRACTOR.extract("2 March 2031\n\nExcellency,\n\n" + sentence)
			.meetings()
			.stream()
			.map((m) -> m.date() + " " + m.start() + "-" + m.end())
			.toList();
	}

	@Test
	void aClockTimeOcrSpacedApartIsOneTime() {
		assertThat(slots("The consultations will be held on 9 March 2031 at 3 :00 p.m."))
			.containsExactly("2031-03-09 15:00-null");
		assertThat(slots("The briefing will be held on 9 March 2031 at 10. 00 a. m."))
			.containsExactly("2031-03-09 10:00-null");
		assertThat(CleanText.of("see paragraph 5. 12 States agreed")).isEqualTo("see paragraph 5. 12 States agreed");
	}

	@Test
	void twentyFourHourRangesFollowedByHoursAreTwoSlotsOnEachDay() {
		assertThat(slots("The consultations will take place on 16 and 17 March 2031 from 10 -13 and 15 - 18 hours."))
			.containsExactly("2031-03-16 10:00-13:00", "2031-03-16 15:00-18:00", "2031-03-17 10:00-13:00",
					"2031-03-17 15:00-18:00");
		assertThat(TimeReader.read("we counted 10 - 13 votes")).isEmpty();
	}

	@Test
	void theManyWaysOfWritingATimeAreRead() {
		assertThat(TimeReader.read("10 AM, 3pm, 3:00 p.m, 12 noon, 10.00 am to 1 pm, 10 a.m. to 1 p.m. EST, 3-6 pm"))
			.extracting((t) -> t.from() + "-" + t.to())
			.containsExactly("10:00-null", "15:00-null", "15:00-null", "12:00-null", "10:00-13:00", "10:00-13:00",
					"15:00-18:00");
	}

	@Test
	void aTimeWrittenBeforeItsDateIsThatDatesAndEachDateOfAListIsAnnounced() {
		assertThat(slots("The briefing will be held at 10 a.m. on 9 March 2031, the meeting on 10 March 2031 at "
				+ "3 p.m., and on 11 March 2031 at 12 noon."))
			.containsExactly("2031-03-09 10:00-null", "2031-03-10 15:00-null", "2031-03-11 12:00-null");
	}

	@Test
	void twoSlotsOnOneDayAreTwoMeetingsAndTheSameMeetingWrittenTwiceIsOne() {
		assertThat(slots("The consultations will be held on 9 March 2031 at 10:00 am and 3:00 pm. We recall that "
				+ "the consultations will be held on 9 March 2031 at 10:00 am."))
			.containsExactly("2031-03-09 10:00-null", "2031-03-09 15:00-null");
	}

	@Test
	void wordsThatAnnounceWithoutSayingWillBeHeld() {
		assertThat(slots("There will, however, be a virtual consultation on 9 March 2031, from 10.00 am to 1 pm."))
			.containsExactly("2031-03-09 10:00-13:00");
		assertThat(slots("They are holding a closed consultation on 10 March, 3-6 pm."))
			.containsExactly("2031-03-10 15:00-18:00");
	}

	@Test
	void aListOfDatesUnderAHeadingThatNamesMeetingsIsAnnounced() {
		assertThat(slots("""
				The dates of the informal sessions are:
				- 10 - 12 Mar Opening segment
				- 14 Apr Closing segment
				""")).containsExactly("2031-03-10 null-null", "2031-03-11 null-null", "2031-03-12 null-null",
				"2031-04-14 null-null");
	}

	@Test
	void aRangeOfDaysMeetsOnWorkingDaysOnly() {
		assertThat(slots("The session will be held from 7 to 11 March 2031.")).containsExactly("2031-03-07 null-null",
				"2031-03-10 null-null", "2031-03-11 null-null");
	}

	@Test
	void aSentenceAboutTheDaysJustAnnouncedGivesThemTheirSlotsAndRoom() {
		assertThat(slots("The consultations will take place on 16 and 17 March 2031. The schedule on both days is "
				+ "as follows: 10-13 and 15-18 hours."))
			.containsExactly("2031-03-16 10:00-13:00", "2031-03-16 15:00-18:00", "2031-03-17 10:00-13:00",
					"2031-03-17 15:00-18:00");
		var letter = EXTRACTOR.extract("2 March 2031\n\nExcellency,\n\nThe co-facilitators will have a webinar on "
				+ "9 March 2031 at 3 PM. The meeting will be held in room S-2712 of the Secretariat building.");
		assertThat(letter.meetings()).extracting(Extraction.Meeting::venue).containsExactly("Room S-2712");
	}

	@Test
	void anUntimedDayInAnotherRoomThanThatDaysTimedMeetingIsAnotherMeeting() {
		assertThat(slots("The session will be held from 9-10 March 2031 in the Trusteeship Council. Coordination "
				+ "meetings will be held on 9-10 March 2031 from 8:30-9:30 am in conference room B."))
			.containsExactly("2031-03-09 null-null", "2031-03-09 08:30-09:30", "2031-03-10 null-null",
					"2031-03-10 08:30-09:30");
	}

	@Test
	void negotiationsThatCommenceOnADayAreAnnounced() {
		assertThat(slots("The negotiations will commence on Monday, 10 March, 2031."))
			.containsExactly("2031-03-10 null-null");
	}

	// --- Rooms
	// ---------------------------------------------------------------------------

	@Test
	void everyRoomAtHeadquartersIsNamedInFullHoweverItIsWritten() {
		assertThat(RoomReader.find("in conference room B")).isEqualTo("Conference Room B");
		assertThat(RoomReader.find("in CR 11")).isEqualTo("Conference Room 11");
		assertThat(RoomReader.find("in Conf. Room 12")).isEqualTo("Conference Room 12");
		assertThat(RoomReader.find("in the Trusteeship Council")).isEqualTo("Trusteeship Council Chamber");
		assertThat(RoomReader.find("in the Economic and Social Council Chamber")).isEqualTo("ECOSOC Chamber");
		assertThat(RoomReader.find("in the Security Council Chamber")).isEqualTo("Security Council Chamber");
		assertThat(RoomReader.find("in the General Assembly Hall")).isEqualTo("General Assembly Hall");
		assertThat(RoomReader.find("a cream of the crop")).isNull();
	}

	// --- Senders
	// ---------------------------------------------------------------------------

	private static java.util.List<String> senders(String text) {
		return EXTRACTOR.extract(text).senders().stream().map(Extraction.Sender::name).toList();
	}

	@Test
	void theWritersOfATransmittedLetterAreReadFromTheCoverLettersBody() {
		var letter = EXTRACTOR.extract("""
				5 May 2031

				Excellency,

				I have the honour to transmit herewith a letter from the co-facilitators, H.E. Ms. Ana Lima, \
				Permanent Representative of Portugal, and H.E. Mr. Tomas Berg, Permanent Representative of Sweden.
				""");

		assertThat(letter.senders()).extracting(Extraction.Sender::name, Extraction.Sender::country)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Lima", "Portugal"),
					org.assertj.core.groups.Tuple.tuple("Tomas Berg", "Sweden"));
	}

	@Test
	void coFacilitatorsNamedAsAPairWhoSentTheLetterAreSenders() {
		assertThat(senders("On 3 May 2031, co-facilitators Ana Lima and Tomas Berg sent a letter on the next steps."))
			.containsExactly("Ana Lima", "Tomas Berg");
		assertThat(
				senders("Ambassadors Ana Lima and Tomas Berg, co-facilitators, wrote to all missions on 3 May 2031."))
			.containsExactly("Ana Lima", "Tomas Berg");
	}

	@Test
	void peopleOnlyThankedAreNotSenders() {
		assertThat(senders("""
				3 May 2031

				Excellency,

				I would like to thank the co-facilitators, H.E. Ms. Ana Lima and H.E. Mr. Tomas Berg, for their work.
				""")).isEmpty();
	}

	@Test
	void signedMarksNameTheSignersWhereverTheyStand() {
		assertThat(senders("""
				Letter dated 3 May 2031 from the Co-Chairs

				We have the honour to transmit herewith our report.

				(Signed) Ana Lima

				Tomas Berg

				Report of the working group
				""")).containsExactlyInAnyOrder("Ana Lima", "Tomas Berg");
	}

	@Test
	void anEmailIsSentByItsFromAndSignedAfterAShortClosing() {
		assertThat(senders("""
				Dear colleagues,

				Please see the message below.

				Best,

				Maria
				for the Secretariat

				From: Ana Lima <lima@example.org>
				Date: Tue, Mar 4, 2031
				""")).containsExactly("Maria", "Ana Lima");
	}

	@Test
	void aHeadingAPronounOrACommonWordIsNeverAName() {
		assertThat(senders("""
				3 May 2031

				Excellency,

				We write as co-chairs.

				Kind regards,

				Preparation
				During
				Member States
				""")).isEmpty();
	}

	@Test
	void aPresidentsNameGarbledByOcrOrCapitalsIsWrittenAsTheRegisterWritesIt() {
		assertThat(SignerNames.known("Volkan BOZKIR")).isEqualTo("Volkan Bozkır");
		assertThat(SignerNames.known("Miroslav Lajcak")).isEqualTo("Miroslav Lajčák");
		assertThat(SignerNames.known("Mogens Lykketofi")).isEqualTo("Mogens Lykketoft");
		assertThat(SignerNames.known("Ana Lima")).isEqualTo("Ana Lima");
		assertThat(SignerNames.nearly("Kaha Innadze", "Kaha Imnadze")).isTrue();
		assertThat(SignerNames.nearly("Ana Lima", "Ana Luna")).isFalse();
	}

	@Test
	void theLastItemOfAListIsAMeetingWhenProseFollowsOnTheNextLine() {
		var letter = EXTRACTOR.extract("""
				2 October 2031

				Dear Colleague,

				The informal sessions will be held on the following dates:
				- 10 - 11 Nov Opening and general exchange
				- 20 – 21 Jan Hearings with civil society and the private sector
				Further consultations will be announced in due course.
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2031, 11, 10), LocalDate.of(2031, 11, 11), LocalDate.of(2032, 1, 20),
					LocalDate.of(2032, 1, 21));
	}

	@Test
	void aListItemBrokenInTheMiddleOfAPhraseCarriesOnOnTheNextLine() {
		assertThat(LetterExtractor.sentences("""
				The meetings will be held as follows:
				- 10 Nov Exchange with the
				President of the Economic and Social Council
				- 12 Nov Closing session
				Further consultations will be announced.
				""")).containsExactly("The meetings will be held as follows:",
				"- 10 Nov Exchange with the President of the Economic and Social Council", "- 12 Nov Closing session",
				"Further consultations will be announced.");
	}

	@Test
	void aToRunIntoTheDayAfterItIsStillARange() {
		var letter = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				The next informal meetings will take place on 22 to23 February in Conference Room 4.
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2031, 2, 22), LocalDate.of(2031, 2, 23));
	}

	@Test
	void aMeetingMovedToAnotherDayIsMetOnTheNewDayOnly() {
		var moved = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				The meeting that was scheduled for Monday, 9 February 2031 will now take place on Wednesday, \
				11 February 2031, at 3 p.m. in Conference Room 4.
				""");
		var instead = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				The meeting originally scheduled for 9 February 2031 will instead be held on 11 February 2031 at 3 p.m.
				""");

		assertThat(moved.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::start)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 2, 11), LocalTime.of(15, 0)));
		assertThat(instead.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::start)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 2, 11), LocalTime.of(15, 0)));
	}

	@Test
	void aMeetingThatWasHeldIsNoneToCome() {
		var letter = EXTRACTOR.extract("""
				14 March 2031

				Excellency,

				Further to the meeting that was held on 10 February 2031 in Conference Room 4, we thank delegations.
				""");

		assertThat(letter.meetings()).isEmpty();
	}

	@Test
	void aNumberedListsItemsAreEachAMeetingWithTheirTimesAndSubjects() {
		var letter = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				We intend to convene the following meetings:
				1. Monday, 3 March 2031, 10 a.m.-1 p.m.: Cluster 1
				2. Tuesday, 4 March 2031, 3-6 p.m.: Cluster 2
				""");

		assertThat(letter.meetings())
			.extracting(Extraction.Meeting::date, Extraction.Meeting::start, Extraction.Meeting::topic)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 3), LocalTime.of(10, 0), "Cluster 1"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 4), LocalTime.of(15, 0), "Cluster 2"));
	}

	@Test
	void theRoomAndTimesSaidAfterAListOfDatesAreEveryListedDays() {
		var letter = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				The second round of negotiations will be held on the following dates:

				• 3 March 2031;
				• 10 March 2031;
				• 17 March 2031.

				All meetings will take place in Conference Room 1 from 10 a.m. to 1 p.m.
				""");

		assertThat(letter.meetings())
			.extracting(Extraction.Meeting::date, Extraction.Meeting::start, Extraction.Meeting::venue)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 3), LocalTime.of(10, 0),
							"Conference Room 1"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 10), LocalTime.of(10, 0),
							"Conference Room 1"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 17), LocalTime.of(10, 0),
							"Conference Room 1"));
	}

	@Test
	void aRoundsNameBeforeItsDatesIsItsSubject() {
		var letter = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				The negotiations will be held as follows:
				- First round: 3 March 2031
				- Second round: 17 March 2031
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::topic)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 3), "First round"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 3, 17), "Second round"));
	}

	@Test
	void aNumberedParagraphWrappedAtThePagesWidthStaysOneSentence() {
		assertThat(LetterExtractor.sentences("""
				1. We have the honour to inform you that the informal meeting of the General
				Assembly on the revitalization of its work will be held on 3 March 2031 in the
				Trusteeship Council Chamber.
				"""))
			.containsExactly("1. We have the honour to inform you that the informal meeting of the General Assembly "
					+ "on the revitalization of its work will be held on 3 March 2031 in the Trusteeship Council Chamber.");
	}

	private static final String ANNOUNCEMENT = """
			14 January 2031

			Excellency,

			We have the honour to inform you that the next informal meeting will be held on 10 February 2031.

			Please accept, Excellency, the assurances of our highest consideration.

			""";

	@Test
	void twoSignersOnOneLineAreTwoSignersWithTheirSharedRole() {
		var letter = EXTRACTOR.extract(ANNOUNCEMENT + """
				Ana Ruiz and Lars Berg
				Co-Chairs of the Intergovernmental Negotiations
				""");

		assertThat(letter.senders()).extracting(Extraction.Sender::name, Extraction.Sender::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ana Ruiz", "Co-Chair"),
					org.assertj.core.groups.Tuple.tuple("Lars Berg", "Co-Chair"));
	}

	@Test
	void aStateOnItsOwnLineUnderTheTitleIsTheSignersNotASigner() {
		var letter = EXTRACTOR.extract(ANNOUNCEMENT + """
				Mr. Tomás FERREIRA
				Permanent Representative
				Portugal

				Ms. Amina DIALLO
				Permanent Representative
				Senegal
				""");

		assertThat(letter.senders()).extracting(Extraction.Sender::name, Extraction.Sender::country)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Tomás FERREIRA", "Portugal"),
					org.assertj.core.groups.Tuple.tuple("Amina DIALLO", "Senegal"));
	}

	@Test
	void aMeetingAwayFromHeadquartersIsInItsCityAndARoomNamedThereMakesItExact() {
		var city = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				Recalling the Vienna Declaration, the retreat will be held in Addis Ababa, Ethiopia, on 10 and \
				11 February 2031.
				""");
		var room = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				The consultations will take place in Geneva on 10 February 2031. The meeting will be held in \
				Room XVIII of the Palais des Nations from 10 a.m. to 1 p.m.
				""");

		assertThat(city.meetings()).extracting(Extraction.Meeting::venue)
			.containsExactly("Addis Ababa, Ethiopia", "Addis Ababa, Ethiopia");
		assertThat(room.meetings()).extracting(Extraction.Meeting::venue)
			.containsExactly("Room XVIII, Palais des Nations, Geneva");
	}

	@Test
	void anOfficeThatSignsIsNoPerson() {
		var letter = EXTRACTOR.extract("""
				From: Office of the President of the General Assembly
				Sent: Tuesday, 3 December 2030 4:12 PM
				Subject: Informal meeting

				Dear colleagues,

				The informal meeting will be held on 15 January at 10 a.m. in Conference Room 4.

				Best regards,
				Office of the PGA
				""");

		assertThat(letter.senders()).isEmpty();
		assertThat(letter.meetings()).extracting(Extraction.Meeting::date).containsExactly(LocalDate.of(2031, 1, 15));
	}

	@Test
	void theFollowingRoundOnADayIsAnnouncedWithTheFirst() {
		var letter = EXTRACTOR.extract("""
				10 December 2030

				Excellency,

				The next round will be held on 14 and 15 January in Conference Room 2, and the following on 4 February.
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2031, 1, 14), LocalDate.of(2031, 1, 15), LocalDate.of(2031, 2, 4));
	}

	@Test
	void aClocksColonIsNoListItemsSubject() {
		var letter = EXTRACTOR.extract("""
				14 January 2031

				Excellency,

				We intend to convene the following meetings:
				1. Tuesday, 4 February 2031, from 10:00 a.m. to 1:00 p.m., in Conference Room 4;
				2. Thursday, 6 February 2031, 3:00-6:00 p.m.: Cluster 2
				""");

		assertThat(letter.meetings()).extracting(Extraction.Meeting::date, Extraction.Meeting::topic)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 2, 4), null),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2031, 2, 6), "Cluster 2"));
	}

}
