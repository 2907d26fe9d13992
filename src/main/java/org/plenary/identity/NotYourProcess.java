package org.plenary.identity;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Someone who does not facilitate, or serve the secretariat of, a process tried to change
 * it (403).
 */
public class NotYourProcess extends ErrorResponseException {

	public NotYourProcess(Actor actor, UUID process, String processName) {
		super(HttpStatus.FORBIDDEN, problem(actor, processName), null);
		getBody().setProperty("process", process);
	}

	private static ProblemDetail problem(Actor actor, String processName) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				"%s is not a facilitator or secretariat officer of %s.".formatted(actor.username(), processName));
		problem.setTitle("Not your process");
		return problem;
	}

}
