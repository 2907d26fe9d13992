package org.plenary.schedule;

import org.jspecify.annotations.Nullable;

/**
 * A conflict found when a meeting is saved, explained: what kind, a sentence for the
 * person, the other meeting if there is one, and a suggestion where one exists.
 */
public record Warning(Kind kind, String message, @Nullable MeetingId otherMeeting, @Nullable String otherMeetingTitle,
		@Nullable String suggestion) {

	public enum Kind {

		/**
		 * Another meeting holds the room at an overlapping time: refused unless the
		 * secretariat overrides.
		 */
		VENUE_TAKEN,
		/** A facilitator leads another meeting at an overlapping time. */
		FACILITATOR_BUSY,
		/** Saturday or Sunday. */
		WEEKEND,
		/** An official holiday at Headquarters. */
		HOLIDAY,
		/** Before 08:00 or after 21:00. */
		OUTSIDE_HOURS,
		/** Announced with less notice than the process's rule. */
		SHORT_NOTICE,
		/** More people expected than the room seats. */
		OVER_CAPACITY,
		/** A room taken, saved anyway by the secretariat with a written reason. */
		OVERRIDDEN

	}

	static Warning of(Kind kind, String message) {
		return new Warning(kind, message, null, null, null);
	}

	Warning suggesting(@Nullable String suggestion) {
		return new Warning(this.kind, this.message, this.otherMeeting, this.otherMeetingTitle, suggestion);
	}

}
