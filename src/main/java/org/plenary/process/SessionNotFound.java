package org.plenary.process;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * No session of the Assembly has this number in the register (404).
 */
public class SessionNotFound extends Refusal {

	public SessionNotFound(Object subject) {
		super(HttpStatus.NOT_FOUND, "Session not found",
				"There is no session %s of the General Assembly in the register.".formatted(subject));
	}

}
