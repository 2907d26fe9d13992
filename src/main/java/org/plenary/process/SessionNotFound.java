package org.plenary.process;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Session not found (404).
 */
public class SessionNotFound extends ErrorResponseException {

	public SessionNotFound(Object subject) {
		super(HttpStatus.NOT_FOUND, problem(subject), null);
	}

	private static ProblemDetail problem(Object subject) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no session %s of the General Assembly in the register.".formatted(subject));
		problem.setTitle("Session not found");
		return problem;
	}

}
