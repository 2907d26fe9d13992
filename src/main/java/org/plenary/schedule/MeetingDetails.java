package org.plenary.schedule;

import java.util.List;
import java.util.UUID;

import org.plenary.system.InvalidValue;

import org.jspecify.annotations.Nullable;

/**
 * Everything about a meeting that its facilitators and secretariat set: format ("informal
 * meeting", "IGN plenary"), when, where, the topics of the process it discusses, a free
 * agenda line, a note ("Reserved for possible spill-over"), the series it belongs to
 * ("first round of negotiations"), the expected attendance, and whether it is open to the
 * public or closed.
 */
public record MeetingDetails(String format, Slot slot, @Nullable VenueId venue, MeetingMode mode, List<UUID> topics,
		@Nullable String agenda, @Nullable String note, @Nullable String series, @Nullable Integer expectedAttendance,
		boolean openToPublic) {

	public MeetingDetails {
		if (format.isBlank()) {
			throw new InvalidValue("A meeting has a format, such as \"informal meeting\".",
					"refusal.schedule.meetingFormat");
		}
		if (mode == MeetingMode.VIRTUAL && venue != null) {
			throw new InvalidValue("A virtual meeting has no room.", "refusal.schedule.virtualNoRoom");
		}
		if (expectedAttendance != null && expectedAttendance < 1) {
			throw new InvalidValue("The expected attendance is at least one person.", "refusal.schedule.attendance");
		}
		topics = List.copyOf(topics);
		format = format.trim();
	}

	public MeetingDetails at(Slot other) {
		return new MeetingDetails(this.format, other, this.venue, this.mode, this.topics, this.agenda, this.note,
				this.series, this.expectedAttendance, this.openToPublic);
	}

}
