package org.plenary.schedule;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No meeting has this id (404).
 */
public class MeetingNotFound extends ErrorResponseException {

	public MeetingNotFound(Object meeting) {
		super(HttpStatus.NOT_FOUND, problem(meeting), null);
	}

	private static ProblemDetail problem(Object meeting) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no meeting %s.".formatted(meeting));
		problem.setTitle("Meeting not found");
		return problem;
	}

}
