package org.plenary.delegation;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * A delegation code not in the register (404).
 */
public class DelegationNotFound extends Refusal {

	public DelegationNotFound(Object code) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.delegationNotFound", "Delegation not found"), new Said(
				"refusal.delegation.noSuchCode", "There is no delegation with the code %s.".formatted(code), code));
	}

}
