package org.plenary.schedule;

import java.util.List;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * The room is taken at that time by another meeting (409). Nothing was saved; the
 * secretariat may override with a written reason. Carries every warning of the check,
 * with the other meeting and suggestions.
 */
public class VenueTaken extends Refusal {

	private final List<Warning> warnings;

	public VenueTaken(List<Warning> warnings) {
		super(HttpStatus.CONFLICT, new Said("refusal.title.roomTaken", "Room taken"), said(warnings));
		this.warnings = List.copyOf(warnings);
		with("warnings", this.warnings);
	}

	/**
	 * The warning's own sentence in English (room, meeting, day and time); on a page, the
	 * meeting that holds the room.
	 */
	private static Said said(List<Warning> warnings) {
		var taken = warnings.stream().filter((w) -> w.kind() == Warning.Kind.VENUE_TAKEN).findFirst();
		var english = taken.map(Warning::message).orElse("The room is taken at that time.")
				+ " The secretariat may override this with a written reason.";
		var by = taken.map(Warning::otherMeetingTitle).orElse(null);
		return (by == null) ? new Said("refusal.schedule.roomTaken", english)
				: new Said("refusal.schedule.roomTakenBy", english, by);
	}

	public List<Warning> warnings() {
		return this.warnings;
	}

}
