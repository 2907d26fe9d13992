package org.plenary.identity;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * An account with this username exists already (409).
 */
public class UsernameTaken extends Refusal {

	public UsernameTaken(String username) {
		super(HttpStatus.CONFLICT, new Said("refusal.title.usernameTaken", "Username taken"),
				new Said("refusal.identity.usernameTaken",
						"The username %s is taken; choose another.".formatted(username), username));
		with("field", "username");
	}

}
