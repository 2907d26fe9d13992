package org.plenary.schedule;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The meeting's status does not allow this (409): a held or cancelled meeting does not
 * change, only a provisional one is confirmed.
 */
public class MeetingClosed extends ErrorResponseException {

	public MeetingClosed(MeetingId meeting, MeetingStatus status, String action) {
		super(HttpStatus.CONFLICT, problem(status, action), null);
		getBody().setProperty("meeting", meeting.value());
		getBody().setProperty("status", status);
	}

	private static ProblemDetail problem(MeetingStatus status, String action) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"A %s meeting cannot %s.".formatted(status.name().toLowerCase(), action));
		problem.setTitle("Meeting closed");
		return problem;
	}

}
