package org.plenary.identity;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * No account has this id or username (404).
 */
public class AccountNotFound extends Refusal {

	public AccountNotFound(Object idOrUsername) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.accountNotFound", "Account not found"), new Said(
				"refusal.identity.noSuchAccount", "There is no account %s.".formatted(idOrUsername), idOrUsername));
	}

}
