package org.plenary.identity;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Refused because the actor may not do this (403), or because nobody is signed in (401).
 */
public class NotPermitted extends ErrorResponseException {

	public NotPermitted(Actor actor, String whatWasRefused) {
		super(actor.isAnonymous() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN, problem(actor, whatWasRefused),
				null);
	}

	private static ProblemDetail problem(Actor actor, String whatWasRefused) {
		var status = actor.isAnonymous() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN;
		var problem = ProblemDetail.forStatusAndDetail(status,
				actor.isAnonymous() ? "Sign in to " + whatWasRefused + "." : "You may not " + whatWasRefused + ".");
		problem.setTitle(actor.isAnonymous() ? "Sign-in required" : "Not permitted");
		return problem;
	}

}
