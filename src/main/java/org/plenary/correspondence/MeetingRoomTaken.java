package org.plenary.correspondence;

import org.plenary.schedule.VenueTaken;

/**
 * A meeting of a review cannot be planned because its room is taken at that time (409, as
 * {@link VenueTaken} says, with its warnings), naming the meeting of the review it
 * concerns: {@code field} is {@code meetings[i].venue}, counted as the review counts its
 * meetings. Nothing was stored.
 */
public class MeetingRoomTaken extends VenueTaken {

	private final String field;

	MeetingRoomTaken(int meeting, VenueTaken taken) {
		super(taken.warnings());
		this.field = "meetings[%d].venue".formatted(meeting);
		with("field", this.field);
	}

	public String field() {
		return this.field;
	}

}
