package org.plenary.schedule;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * The meeting's status does not allow this (409): a held or cancelled meeting does not
 * change, only a provisional one is confirmed.
 */
public class MeetingClosed extends Refusal {

	public MeetingClosed(MeetingId meeting, MeetingStatus status, String action) {
		super(HttpStatus.CONFLICT, "Meeting closed",
				"A %s meeting cannot %s.".formatted(status.name().toLowerCase(), action));
		with("meeting", meeting.value());
		with("status", status);
	}

}
