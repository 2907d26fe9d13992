package org.plenary.identity;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A delegate tried to act for a delegation other than their own (403).
 */
public class NotYourDelegation extends ErrorResponseException {

	public NotYourDelegation(Actor actor, String delegation) {
		super(HttpStatus.FORBIDDEN, problem(actor, delegation), null);
	}

	private static ProblemDetail problem(Actor actor, String delegation) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "%s may act only for %s, not for %s."
			.formatted(actor.username(), actor.delegation().orElse("no delegation"), delegation));
		problem.setTitle("Not your delegation");
		return problem;
	}

}
