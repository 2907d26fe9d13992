package org.plenary.schedule;

/**
 * Where a meeting stands. Provisional until confirmed; held once it took place; postponed
 * when its date no longer holds and no new one is set; cancelled for good (a cancelled
 * meeting is replaced, not revived).
 */
public enum MeetingStatus {

	PROVISIONAL, CONFIRMED, HELD, POSTPONED, CANCELLED;

	/** Held and cancelled meetings belong to the record and do not change. */
	public boolean isClosed() {
		return this == HELD || this == CANCELLED;
	}

	/** Whether the meeting takes up its room and its facilitators at its time. */
	public boolean occupiesItsSlot() {
		return this == PROVISIONAL || this == CONFIRMED;
	}

}
