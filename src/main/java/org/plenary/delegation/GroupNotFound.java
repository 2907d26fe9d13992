package org.plenary.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Group not found (404).
 */
public class GroupNotFound extends ErrorResponseException {

	public GroupNotFound(Object group) {
		super(HttpStatus.NOT_FOUND, problem(group), null);
	}

	private static ProblemDetail problem(Object subject) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no group of States %s.".formatted(subject));
		problem.setTitle("Group not found");
		return problem;
	}

}
