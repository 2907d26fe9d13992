package org.plenary.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.plenary.process.FacilitatorView;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.process.Sessions;

import org.springframework.stereotype.Component;

/**
 * Checks a meeting against everything that can clash with it and explains each clash: the
 * room taken at an overlapping time, a facilitator leading another meeting then, a
 * weekend or a Headquarters holiday, hours outside 08:00–21:00, less notice than the
 * process's rule, more people than the room seats. Suggests the nearest free slot in the
 * room and the nearest free room of the needed size where it can.
 */
@Component
class ConflictCheck {

	static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final MeetingRepository meetings;

	private final VenueRepository venues;

	private final HolidayRepository holidays;

	private final Processes processes;

	private final Sessions sessions;

	private final ScheduleSettings settings;

	private final Clock clock;

	ConflictCheck(MeetingRepository meetings, VenueRepository venues, HolidayRepository holidays, Processes processes,
			Sessions sessions, ScheduleSettings settings, Clock clock) {
		this.meetings = meetings;
		this.venues = venues;
		this.holidays = holidays;
		this.processes = processes;
		this.sessions = sessions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The meeting to check: its process, its details, itself when it exists already (so
	 * that it does not clash with itself), and whether its date is new (only a new date
	 * is announced, and so checked for notice).
	 */
	record Candidate(ProcessId process, MeetingDetails details, @Nullable MeetingId self, boolean newDate) {
	}

	List<Warning> check(Candidate candidate) {
		var warnings = new ArrayList<Warning>();
		var slot = candidate.details().slot();
		var day = slot.heldOn();
		var others = occupying(day, candidate.self());
		var processNames = new HashMap<ProcessId, ProcessView>();

		var venue = candidate.details().venue();
		if (venue != null) {
			others.stream()
				.filter((m) -> venue.equals(m.venue()) && m.slot().overlaps(slot))
				.findFirst()
				.ifPresent((other) -> warnings.add(new Warning(Warning.Kind.VENUE_TAKEN,
						"%s is taken by %s on %s at %s.".formatted(venueName(venue), title(other, processNames),
								UN_DATE.format(day), other.slot().times()),
						other.id(), title(other, processNames), null)
					.suggesting(suggestionFor(candidate, venue))));
		}

		var session = this.sessions.sessionOn(day);
		if (session.isPresent() && slot.hasTimes()) {
			var leaders = names(process(candidate.process(), processNames).facilitatorsOf(session.get().number()));
			for (var other : others) {
				if (!other.slot().overlaps(slot)) {
					continue;
				}
				var busy = process(other.process(), processNames).facilitatorsOf(session.get().number())
					.stream()
					.filter((f) -> leaders.contains(f.personName().toLowerCase(Locale.ROOT)))
					.map(FacilitatorView::personName)
					.toList();
				for (var person : busy) {
					warnings.add(new Warning(
							Warning.Kind.FACILITATOR_BUSY, "%s also leads %s at %s.".formatted(person,
									title(other, processNames), other.slot().times()),
							other.id(), title(other, processNames), null));
				}
			}
		}

		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			warnings.add(Warning.of(Warning.Kind.WEEKEND, "%s is a %s.".formatted(UN_DATE.format(day),
					day.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday")));
		}
		this.holidays.findById(day)
			.ifPresent((holiday) -> warnings
				.add(Warning.of(Warning.Kind.HOLIDAY, "%s is %s, a holiday at Headquarters%s.".formatted(
						UN_DATE.format(day), holiday.name(), holiday.isApproximate() ? " (expected date)" : ""))));

		if (slot.hasTimes() && (slot.startsAt().isBefore(this.settings.dayStarts())
				|| slot.effectiveEnd().isAfter(this.settings.dayEnds()))) {
			warnings.add(Warning.of(Warning.Kind.OUTSIDE_HOURS, "%s is outside the usual hours, %s to %s."
				.formatted(slot.times(), this.settings.dayStarts(), this.settings.dayEnds())));
		}

		if (candidate.newDate()) {
			var notice = process(candidate.process(), processNames).noticeDays();
			var today = LocalDate.now(this.clock);
			var days = ChronoUnit.DAYS.between(today, day);
			if (days < notice) {
				warnings.add(Warning.of(Warning.Kind.SHORT_NOTICE,
						(days < 0 ? "%s has passed" : "%s is only " + days + (days == 1 ? " day" : " days") + " away")
							.formatted(UN_DATE.format(day))
								+ "; %s announces meetings %d days ahead."
									.formatted(process(candidate.process(), processNames).shortName(), notice)));
			}
		}

		var attendance = candidate.details().expectedAttendance();
		if (venue != null && attendance != null) {
			var room = this.venues.findById(venue.value()).orElseThrow(() -> new VenueNotFound(venue));
			if (attendance > room.capacity()) {
				warnings
					.add(Warning
						.of(Warning.Kind.OVER_CAPACITY,
								"%d people are expected; %s seats %d.".formatted(attendance, room.name(),
										room.capacity()))
						.suggesting(freeRoom(slot, attendance, candidate.self())
							.map((free) -> "%s (%d seats) is free then.".formatted(free.name(), free.capacity()))
							.orElse(null)));
			}
		}
		return warnings;
	}

	private @Nullable String suggestionFor(Candidate candidate, VenueId venue) {
		var slot = candidate.details().slot();
		var room = this.venues.findById(venue.value()).orElseThrow(() -> new VenueNotFound(venue));
		var needed = candidate.details().expectedAttendance() == null ? room.capacity()
				: candidate.details().expectedAttendance();
		var suggestions = new ArrayList<String>();
		nearestFreeSlot(venue, slot, candidate.self()).ifPresent((free) -> suggestions
			.add("%s is free on %s at %s.".formatted(room.name(), UN_DATE.format(free.heldOn()), free.times())));
		freeRoom(slot, needed, candidate.self()).ifPresent((free) -> suggestions
			.add("%s (%d seats) is free at the same time.".formatted(free.name(), free.capacity())));
		return suggestions.isEmpty() ? null : String.join(" ", suggestions);
	}

	/** The smallest room that seats the people and is free at the slot. */
	private Optional<Venue> freeRoom(Slot slot, int people, @Nullable MeetingId self) {
		if (!slot.hasTimes()) {
			return Optional.empty();
		}
		var taken = occupying(slot.heldOn(), self).stream()
			.filter((m) -> m.slot().overlaps(slot) && m.venue() != null)
			.map((m) -> m.venue().value())
			.collect(Collectors.toSet());
		return this.venues.findAll()
			.stream()
			.filter((v) -> v.capacity() >= people && !taken.contains(v.id().value()))
			.min(Comparator.comparingInt(Venue::capacity).thenComparing(Venue::name));
	}

	/**
	 * The first slot from the meeting's day on, same hours first, then the usual slots,
	 * on working days.
	 */
	private Optional<Slot> nearestFreeSlot(VenueId venue, Slot wanted, @Nullable MeetingId self) {
		if (!wanted.hasTimes()) {
			return Optional.empty();
		}
		for (int offset = 0; offset <= this.settings.suggestionDays(); offset++) {
			var day = wanted.heldOn().plusDays(offset);
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
					|| this.holidays.existsById(day)) {
				continue;
			}
			var inRoom = occupying(day, self).stream().filter((m) -> venue.equals(m.venue())).toList();
			var options = new ArrayList<Slot>();
			if (offset > 0) {
				options.add(new Slot(day, wanted.startsAt(), wanted.endsAt()));
			}
			for (var standard : StandardSlot.values()) {
				options.add(standard.on(day));
			}
			for (var option : options) {
				if (offset == 0 && !option.startsAt().isAfter(wanted.startsAt())) {
					continue;
				}
				if (inRoom.stream().noneMatch((m) -> m.slot().overlaps(option))) {
					return Optional.of(option);
				}
			}
		}
		return Optional.empty();
	}

	private List<Meeting> occupying(LocalDate day, @Nullable MeetingId self) {
		return this.meetings.findBetween(day, day)
			.stream()
			.filter((m) -> m.status().occupiesItsSlot() && (self == null || !m.id().equals(self)))
			.toList();
	}

	private String venueName(VenueId venue) {
		return this.venues.findById(venue.value()).map(Venue::name).orElseThrow(() -> new VenueNotFound(venue));
	}

	private ProcessView process(ProcessId id, Map<ProcessId, ProcessView> known) {
		return known.computeIfAbsent(id, this.processes::process);
	}

	private String title(Meeting meeting, Map<ProcessId, ProcessView> known) {
		return process(meeting.process(), known).shortName() + " " + meeting.format();
	}

	private static Set<String> names(List<FacilitatorView> facilitators) {
		return facilitators.stream().map((f) -> f.personName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
	}

}
