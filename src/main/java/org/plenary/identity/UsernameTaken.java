package org.plenary.identity;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An account with this username exists already (409).
 */
public class UsernameTaken extends ErrorResponseException {

	public UsernameTaken(String username) {
		super(HttpStatus.CONFLICT, problem(username), null);
	}

	private static ProblemDetail problem(String username) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The username %s is taken; choose another.".formatted(username));
		problem.setTitle("Username taken");
		problem.setProperty("field", "username");
		return problem;
	}

}
