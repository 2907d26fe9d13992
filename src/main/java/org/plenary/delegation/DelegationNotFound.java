package org.plenary.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Delegation not found (404).
 */
public class DelegationNotFound extends ErrorResponseException {

	public DelegationNotFound(Object code) {
		super(HttpStatus.NOT_FOUND, problem(code), null);
	}

	private static ProblemDetail problem(Object subject) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no delegation with the code %s.".formatted(subject));
		problem.setTitle("Delegation not found");
		return problem;
	}

}
