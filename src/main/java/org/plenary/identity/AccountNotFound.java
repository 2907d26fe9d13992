package org.plenary.identity;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No account has this id or username (404).
 */
public class AccountNotFound extends ErrorResponseException {

	public AccountNotFound(Object idOrUsername) {
		super(HttpStatus.NOT_FOUND, problem(idOrUsername), null);
	}

	private static ProblemDetail problem(Object idOrUsername) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no account %s.".formatted(idOrUsername));
		problem.setTitle("Account not found");
		return problem;
	}

}
