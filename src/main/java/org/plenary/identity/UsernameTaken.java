package org.plenary.identity;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * An account with this username exists already (409).
 */
public class UsernameTaken extends Refusal {

	public UsernameTaken(String username) {
		super(HttpStatus.CONFLICT, "Username taken", "The username %s is taken; choose another.".formatted(username));
		with("field", "username");
	}

}
