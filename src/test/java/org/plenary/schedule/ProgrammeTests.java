package org.plenary.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.Appointment;
import org.plenary.process.FacilitatorRole;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.SessionView;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenary.identity.Actors.administrator;
import static org.plenary.identity.Actors.facilitatorOf;
import static org.plenary.identity.Actors.secretariatOf;

@PlenaryIntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class ProgrammeTests {

	@Autowired
	Programme programme;

	@Autowired
	Processes processes;

	@Autowired
	Venues venues;

	@Test
	void plansFourMeetingsForTwoDaysAndBothSlots() {
		var process = aNewProcess();
		var room = aNewRoom(400);
		var tuesday = aFreeTuesday();

		var saved = this.programme.plan(
				plan(process, List.of(tuesday, tuesday.plusDays(2)),
						List.of(StandardSlot.MORNING, StandardSlot.AFTERNOON), room, null),
				facilitatorOf(process.id().value()));

		assertThat(saved.meetings()).extracting((m) -> m.slot().toString())
			.containsExactly(tuesday + " 10:00–13:00", tuesday + " 15:00–18:00", tuesday.plusDays(2) + " 10:00–13:00",
					tuesday.plusDays(2) + " 15:00–18:00");
		assertThat(saved.warnings()).isEmpty();
		assertThat(this.programme.programmeOfWork(process.id(), null).meetings()).hasSize(4);
	}

	@Test
	void refusesARoomTakenAtThatTimeSavesNothingAndSuggestsAnother() {
		var first = aNewProcess();
		var second = aNewProcess();
		var room = aNewRoom(100);
		var tuesday = aFreeTuesday();
		this.programme.plan(plan(first, List.of(tuesday), List.of(StandardSlot.MORNING), room, null),
				facilitatorOf(first.id().value()));

		assertThatExceptionOfType(VenueTaken.class).isThrownBy(() -> this.programme.plan(
				plan(second, List.of(tuesday, tuesday.plusDays(1)), List.of(StandardSlot.MORNING), room, null),
				facilitatorOf(second.id().value())))
			.satisfies((refusal) -> {
				assertThat(refusal.getStatusCode().value()).isEqualTo(409);
				var taken = refusal.warnings()
					.stream()
					.filter((w) -> w.kind() == Warning.Kind.VENUE_TAKEN)
					.findFirst()
					.orElseThrow();
				assertThat(taken.message()).contains("is taken by " + first.shortName());
				assertThat(taken.otherMeetingTitle()).startsWith(first.shortName());
				assertThat(taken.suggestion()).contains("is free on").contains("at 15:00–18:00");
			});
		assertThat(this.programme.programmeOfWork(second.id(), null).meetings()).isEmpty();
	}

	@Test
	void theSecretariatOverridesARoomConflictWithAWrittenReason() {
		var first = aNewProcess();
		var second = aNewProcess();
		var room = aNewRoom(100);
		var tuesday = aFreeTuesday();
		this.programme.plan(plan(first, List.of(tuesday), List.of(StandardSlot.MORNING), room, null),
				facilitatorOf(first.id().value()));

		var saved = this.programme.plan(
				plan(second, List.of(tuesday), List.of(StandardSlot.MORNING), room, "The two processes meet jointly"),
				secretariatOf(second.id().value()));

		assertThat(saved.warnings()).extracting(Warning::kind).containsExactly(Warning.Kind.OVERRIDDEN);
		assertThat(saved.warnings().get(0).message()).endsWith("Overridden: The two processes meet jointly");
	}

	@Test
	void refusesAnOverrideFromAFacilitator() {
		var first = aNewProcess();
		var second = aNewProcess();
		var room = aNewRoom(100);
		var tuesday = aFreeTuesday();
		this.programme.plan(plan(first, List.of(tuesday), List.of(StandardSlot.MORNING), room, null),
				facilitatorOf(first.id().value()));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.programme.plan(
				plan(second, List.of(tuesday), List.of(StandardSlot.MORNING), room, "We insist"),
				facilitatorOf(second.id().value())));
	}

	@Test
	void warnsOfAWeekendAHolidayAndHoursOutsideTheDay() {
		var process = aNewProcess();
		var saturday = aFreeTuesday().with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		var christmas = LocalDate.of(2027, 12, 24); // Christmas 2027 falls on a Saturday:
													// observed on Friday 24th.
		var early = new PlanMeetings(process.id(), List.of(saturday, christmas), List.of(), LocalTime.of(7, 0),
				LocalTime.of(9, 0), "informal consultations", null, MeetingMode.VIRTUAL, List.of(), null, null, null,
				null, true, false, null);

		var warnings = this.programme.plan(early, administrator()).warnings();

		assertThat(warnings).extracting(Warning::kind)
			.containsExactlyInAnyOrder(Warning.Kind.WEEKEND, Warning.Kind.OUTSIDE_HOURS, Warning.Kind.HOLIDAY,
					Warning.Kind.OUTSIDE_HOURS);
		assertThat(warnings).extracting(Warning::message)
			.contains("24 December 2027 is Christmas Day, a holiday at Headquarters.");
	}

	@Test
	void warnsOfShortNoticeByTheProcesssRule() {
		var process = aNewProcess();
		var soon = LocalDate.now(this.programme.zone()).plusDays(2);
		var warnings = this.programme
			.plan(plan(process, List.of(soon), List.of(), null, null), facilitatorOf(process.id().value()))
			.warnings();
		assertThat(warnings).filteredOn((w) -> w.kind() == Warning.Kind.SHORT_NOTICE)
			.extracting(Warning::message)
			.singleElement()
			.asString()
			.contains("only 2 days away")
			.endsWith("announces meetings 10 days ahead.");
	}

	@Test
	void warnsWhenMorePeopleAreExpectedThanTheRoomSeatsAndSuggestsABiggerRoom() {
		var process = aNewProcess();
		var small = aNewRoom(40);
		var plan = new PlanMeetings(process.id(), List.of(aFreeTuesday()), List.of(StandardSlot.MORNING), null, null,
				"thematic discussion", small, MeetingMode.IN_PERSON, List.of(), null, null, null, 250, true, false,
				null);
		var warning = this.programme.plan(plan, administrator())
			.warnings()
			.stream()
			.filter((w) -> w.kind() == Warning.Kind.OVER_CAPACITY)
			.findFirst()
			.orElseThrow();
		assertThat(warning.message()).startsWith("250 people are expected;").endsWith("seats 40.");
		assertThat(warning.suggestion()).contains("seats) is free then.");
	}

	@Test
	void warnsWhenAFacilitatorLeadsTwoMeetingsAtOnce() {
		var ign = aNewProcess();
		var gcm = aNewProcess();
		var person = "Jane Doe " + UUID.randomUUID().toString().substring(0, 6);
		for (var process : List.of(ign, gcm)) {
			this.processes.appoint(process.id(),
					new Appointment(81, person, null, FacilitatorRole.CO_CHAIR, "MEX", null), administrator());
		}
		var tuesday = LocalDate.of(2027, 3, 2).plusWeeks(ThreadLocalRandom.current().nextInt(0, 20)); // the
																										// 81st
																										// session
		this.programme.plan(plan(ign, List.of(tuesday), List.of(StandardSlot.MORNING), aNewRoom(100), null),
				administrator());

		var warnings = this.programme
			.plan(plan(gcm, List.of(tuesday), List.of(StandardSlot.MORNING), aNewRoom(100), null), administrator())
			.warnings();

		assertThat(warnings).extracting(Warning::kind).containsExactly(Warning.Kind.FACILITATOR_BUSY);
		assertThat(warnings.get(0).message())
			.isEqualTo("%s also leads %s informal meeting at 10:00–13:00.".formatted(person, ign.shortName()));
	}

	@Test
	void refusesAMeetingFromTheFacilitatorOfAnotherProcess() {
		var process = aNewProcess();
		var other = aNewProcess();
		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(() -> this.programme
			.plan(plan(process, List.of(aFreeTuesday()), List.of(), null, null), facilitatorOf(other.id().value())));
		assertThat(this.programme.programmeOfWork(process.id(), null).meetings()).isEmpty();
	}

	@Test
	void cancelsAMeetingPublishesItAndKeepsItInTheHistory(AssertablePublishedEvents events) {
		var process = aNewProcess();
		var meeting = this.programme
			.plan(plan(process, List.of(aFreeTuesday()), List.of(StandardSlot.MORNING), null, null), administrator())
			.meeting();

		var cancelled = this.programme.cancel(meeting.id(), "The Chamber is under renovation",
				facilitatorOf(process.id().value()));

		assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(cancelled.sequence()).isEqualTo(1);
		assertThat(events).contains(MeetingCancelled.class)
			.matching(MeetingCancelled::meeting, meeting.id())
			.matching(MeetingCancelled::reason, "The Chamber is under renovation");
		assertThat(this.programme.changesSince(process.id(), LocalDate.now(this.programme.zone())))
			.extracting(ChangeView::summary)
			.contains("Cancelled: The Chamber is under renovation");
	}

	@Test
	void postponesAMeetingToANewDayAndSaysWhatMoved() {
		var process = aNewProcess();
		var tuesday = aFreeTuesday();
		var meeting = this.programme
			.plan(plan(process, List.of(tuesday), List.of(StandardSlot.MORNING), null, null), administrator())
			.meeting();

		var moved = this.programme.postpone(meeting.id(), StandardSlot.AFTERNOON.on(tuesday.plusDays(7)),
				"Spill-over of the previous round", null, administrator());

		assertThat(moved.meeting().slot().heldOn()).isEqualTo(tuesday.plusDays(7));
		assertThat(this.programme.changesSince(process.id(), LocalDate.now(this.programme.zone())).get(0).summary())
			.isEqualTo("Postponed from %s 10:00–13:00 to %s 15:00–18:00: Spill-over of the previous round"
				.formatted(tuesday, tuesday.plusDays(7)));
	}

	@Test
	void refusesAReasonlessCancellation() {
		var process = aNewProcess();
		var meeting = this.programme
			.plan(plan(process, List.of(aFreeTuesday()), List.of(), null, null), administrator())
			.meeting();
		assertThatExceptionOfType(org.plenary.system.InvalidInput.class)
			.isThrownBy(() -> this.programme.cancel(meeting.id(), " ", administrator()));
		assertThat(this.programme.meeting(meeting.id()).status()).isEqualTo(MeetingStatus.PROVISIONAL);
	}

	@Test
	void theJournalListsTheMeetingsOfEveryProcessOnADay() {
		var one = aNewProcess();
		var other = aNewProcess();
		var tuesday = aFreeTuesday();
		this.programme.plan(plan(one, List.of(tuesday), List.of(StandardSlot.AFTERNOON), null, null), administrator());
		this.programme.plan(plan(other, List.of(tuesday), List.of(StandardSlot.MORNING), null, null), administrator());
		assertThat(this.programme.journal(tuesday)).extracting((m) -> m.processName().shortName())
			.containsSubsequence(other.shortName(), one.shortName());
	}

	@Test
	void aMeetingYearsAheadIsInItsOwnSessionNotTheOneWhoseCloseIsNotYetRecorded() {
		var process = aNewProcess();
		var room = aNewRoom(400);
		var thisSession = LocalDate.of(2027, 3, 2);
		var years = LocalDate.of(2031, 1, 14);
		this.programme.plan(plan(process, List.of(thisSession, years), List.of(StandardSlot.MORNING), room, null),
				facilitatorOf(process.id().value()));

		var eightyFirst = this.programme.programmeOfWork(process.id(), 81);
		var eightyFifth = this.programme.programmeOfWork(process.id(), 85);
		var chosen = this.programme.programmeOfWork(process.id(), null);

		assertThat(eightyFirst.meetings()).extracting((m) -> m.slot().heldOn()).containsExactly(thisSession);
		assertThat(eightyFifth.meetings()).extracting((m) -> m.slot().heldOn()).containsExactly(years);
		assertThat(eightyFifth.session().opensOn()).isEqualTo(LocalDate.of(2030, 9, 10));
		assertThat(chosen.sessions()).extracting(SessionView::number)
			.as("the register's sessions and the one the calendar fixes for 2031, the latest first")
			.startsWith(85, 81, 80)
			.contains(70);
	}

	@Test
	void theDemoProgrammeHoldsTheMeetingsOfTheSeedLetters() {
		var gcm = this.processes.process("gcm");
		var firstRound = this.programme.programmeOfWork(gcm.id(), 72);
		assertThat(firstRound.meetings()).filteredOn((m) -> "first round of negotiations".equals(m.series()))
			.extracting((m) -> m.slot().heldOn() + " " + m.slot().times() + " " + m.venueName() + " " + m.subject())
			.contains("2018-02-20 15:00–18:00 Trusteeship Council Chamber Objectives 1-6",
					"2018-02-22 10:00–13:00 Conference Room 4 Objectives 7-12",
					"2018-02-23 15:00–18:00 Economic and Social Council Chamber Implementation; Follow-up and review");
		var ign = this.processes.process("ign");
		assertThat(this.programme.programmeOfWork(ign.id(), 79).meetings()).hasSize(4)
			.allMatch((m) -> m.status() == MeetingStatus.HELD);
		assertThat(this.programme.programmeOfWork(ign.id(), 72).meetings())
			.filteredOn((m) -> m.status() == MeetingStatus.PROVISIONAL)
			.hasSize(7);
	}

	@Test
	void takesTheMeetingsALetterAnnouncesOnceNotesAnUnknownRoomAndMarksAPastOneHeld() {
		var process = aNewProcess();
		var facilitator = facilitatorOf(process.id().value());
		var tuesday = aFreeTuesday();
		var roomName = "Room " + UUID.randomUUID();
		this.venues.add(roomName, "R", 300, true, null, administrator());
		var past = LocalDate.of(2019, 3, 5);
		var letter = new AnnounceMeetings(process.id(), "Imported from letter.pdf", List.of(
				new AnnounceMeetings.Announced(tuesday, LocalTime.of(10, 0), LocalTime.of(13, 0), "informal meeting",
						roomName, null),
				new AnnounceMeetings.Announced(tuesday.plusDays(1), null, null, null, "the Blue Pavilion", null),
				new AnnounceMeetings.Announced(past, LocalTime.of(15, 0), null, null, null, null)));

		var first = this.programme.announce(letter, facilitator);
		var again = this.programme.announce(letter, facilitator);

		assertThat(again).extracting(MeetingView::id)
			.containsExactlyElementsOf(first.stream().map(MeetingView::id).toList());
		assertThat(this.programme.meetingsOf(process.id())).hasSize(3);
		assertThat(first.get(0).venueName()).isEqualTo(roomName);
		assertThat(first.get(1).note())
			.isEqualTo("Imported from letter.pdf; the letter names the room the Blue Pavilion");
		assertThat(first.get(1).format()).isEqualTo("meeting");
		assertThat(first.get(2).status()).isEqualTo(MeetingStatus.HELD);
		assertThatExceptionOfType(NotYourProcess.class)
			.isThrownBy(() -> this.programme.announce(letter, facilitatorOf(aNewProcess().id().value())));
	}

	@Autowired
	java.time.Clock clock;

	@Test
	void aMeetingALetterSaysIsCancelledOrPostponedIsSoOnTheProgrammeAndOneItSaysWasHeldIsHeld() {
		var process = aNewProcess();
		var facilitator = facilitatorOf(process.id().value());
		var tuesday = aFreeTuesday();
		var today = LocalDate.now(this.clock);
		var planned = this.programme.announce(new AnnounceMeetings(process.id(), "Imported from first.pdf", List.of(
				new AnnounceMeetings.Announced(tuesday, LocalTime.of(10, 0), null, null, null, null),
				new AnnounceMeetings.Announced(tuesday.plusDays(1), LocalTime.of(10, 0), null, null, null, null))),
				facilitator);
		assertThat(planned).extracting(MeetingView::status)
			.containsExactly(MeetingStatus.PROVISIONAL, MeetingStatus.PROVISIONAL);

		var second = this.programme.announce(new AnnounceMeetings(process.id(), "Imported from second.pdf", List.of(
				new AnnounceMeetings.Announced(tuesday, LocalTime.of(10, 0), null, null, null, null,
						MeetingStatus.CANCELLED),
				new AnnounceMeetings.Announced(tuesday.plusDays(1), LocalTime.of(10, 0), null, null, null, null,
						MeetingStatus.POSTPONED),
				new AnnounceMeetings.Announced(tuesday.plusDays(2), LocalTime.of(10, 0), null, null, null, null,
						MeetingStatus.CANCELLED),
				new AnnounceMeetings.Announced(today, LocalTime.of(9, 0), null, null, null, null, MeetingStatus.HELD))),
				facilitator);

		assertThat(second).extracting(MeetingView::id, MeetingView::status)
			.containsExactly(tuple(planned.get(0).id(), MeetingStatus.CANCELLED),
					tuple(planned.get(1).id(), MeetingStatus.POSTPONED), tuple(second.get(2).id(), MeetingStatus.HELD));
		assertThat(this.programme.meetingsOf(process.id())).as("the third day's cancelled meeting is not added")
			.hasSize(3);
	}

	private ProcessView aNewProcess() {
		return this.processes.create(
				new NewProcess("P" + UUID.randomUUID().toString().substring(0, 6), "A process for tests", null, null),
				administrator());
	}

	private VenueId aNewRoom(int seats) {
		return this.venues.add("Room " + UUID.randomUUID(), "R", seats, true, null, administrator()).id();
	}

	/**
	 * A Tuesday years ahead, different for each test, so that tests do not meet in the
	 * same room.
	 */
	static LocalDate aFreeTuesday() {
		return LocalDate.of(2031, 1, 7).plusWeeks(ThreadLocalRandom.current().nextInt(0, 400));
	}

	static PlanMeetings plan(ProcessView process, List<LocalDate> dates, List<StandardSlot> slots, VenueId room,
			String overrideReason) {
		return new PlanMeetings(process.id(), dates, slots, null, null, "informal meeting", room, MeetingMode.IN_PERSON,
				List.of(), null, null, null, null, true, false, overrideReason);
	}

}
