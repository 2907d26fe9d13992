package org.plenary.schedule;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * No meeting has this id (404).
 */
public class MeetingNotFound extends Refusal {

	public MeetingNotFound(Object meeting) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.meetingNotFound", "Meeting not found"),
				new Said("refusal.schedule.noSuchMeeting", "There is no meeting %s.".formatted(meeting), meeting));
	}

}
