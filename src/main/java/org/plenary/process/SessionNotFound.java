package org.plenary.process;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * No session of the Assembly has this number in the register (404).
 */
public class SessionNotFound extends Refusal {

	public SessionNotFound(Object subject) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.sessionNotFound", "Session not found"),
				new Said("refusal.process.noSuchSessionInRegister",
						"There is no session %s of the General Assembly in the register.".formatted(subject), subject));
	}

}
