package org.plenary.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessId;
import org.plenary.system.Dates;
import org.plenary.system.InvalidValue;

/**
 * One or several meetings of a process at once: every date with every slot ("19 and 21
 * November, both slots" makes four), or with the given times, or with no time yet. The
 * rest is shared by all of them.
 */
public record PlanMeetings(ProcessId process, List<LocalDate> dates, List<StandardSlot> slots,
		@Nullable LocalTime startsAt, @Nullable LocalTime endsAt, String format, @Nullable VenueId venue,
		MeetingMode mode, List<UUID> topics, @Nullable String agenda, @Nullable String note, @Nullable String series,
		@Nullable Integer expectedAttendance, boolean openToPublic, boolean confirmed,
		@Nullable String overrideReason) {

	/** Days of meetings one request may create: a round of negotiations, not a year. */
	static final int MOST_MEETINGS = 60;

	public PlanMeetings {
		dates = dates.stream().distinct().sorted().toList();
		slots = slots.stream().distinct().sorted().toList();
		topics = List.copyOf(topics);
		if (dates.isEmpty()) {
			throw new InvalidValue("Give at least one date.", "refusal.schedule.atLeastOneDate");
		}
		dates.forEach((day) -> Dates.require("dates", day));
		if (!slots.isEmpty() && startsAt != null) {
			throw new InvalidValue("Choose the usual slots or give times, not both.", "refusal.schedule.slotsOrTimes");
		}
		if (dates.size() * Math.max(1, slots.size()) > MOST_MEETINGS) {
			throw new InvalidValue("At most %d meetings at once.".formatted(MOST_MEETINGS),
					"refusal.schedule.atMostMeetings", MOST_MEETINGS);
		}
	}

	/** The slots of the meetings to create, in order. */
	List<Slot> allSlots() {
		return this.dates.stream().flatMap((day) -> {
			if (!this.slots.isEmpty()) {
				return this.slots.stream().map((s) -> s.on(day));
			}
			return java.util.stream.Stream.of(new Slot(day, this.startsAt, this.endsAt));
		}).toList();
	}

	MeetingDetails detailsAt(Slot slot) {
		return new MeetingDetails(this.format, slot, this.venue, this.mode, this.topics, this.agenda, this.note,
				this.series, this.expectedAttendance, this.openToPublic);
	}

}
