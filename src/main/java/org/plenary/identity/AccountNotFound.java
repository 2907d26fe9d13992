package org.plenary.identity;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * No account has this id or username (404).
 */
public class AccountNotFound extends Refusal {

	public AccountNotFound(Object idOrUsername) {
		super(HttpStatus.NOT_FOUND, "Account not found", "There is no account %s.".formatted(idOrUsername));
	}

}
