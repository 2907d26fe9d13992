package org.plenary.process;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Process not found (404).
 */
public class ProcessNotFound extends ErrorResponseException {

	public ProcessNotFound(Object subject) {
		super(HttpStatus.NOT_FOUND, problem(subject), null);
	}

	private static ProblemDetail problem(Object subject) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no process %s.".formatted(subject));
		problem.setTitle("Process not found");
		return problem;
	}

}
