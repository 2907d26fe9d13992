package org.plenary.schedule;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * No meeting has this id (404).
 */
public class MeetingNotFound extends Refusal {

	public MeetingNotFound(Object meeting) {
		super(HttpStatus.NOT_FOUND, "Meeting not found", "There is no meeting %s.".formatted(meeting));
	}

}
