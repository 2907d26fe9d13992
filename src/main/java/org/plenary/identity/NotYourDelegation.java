package org.plenary.identity;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * A delegate tried to act for a delegation other than their own (403).
 */
public class NotYourDelegation extends Refusal {

	public NotYourDelegation(Actor actor, String delegation) {
		super(HttpStatus.FORBIDDEN, new Said("refusal.title.notYourDelegation", "Not your delegation"),
				new Said("refusal.identity.notYourDelegation",
						"%s may act only for %s, not for %s."
							.formatted(actor.username(), actor.delegation().orElse("no delegation"), delegation),
						actor.username(),
						actor.delegation()
							.map(Object.class::cast)
							.orElse(new Said("refusal.identity.noDelegation", "no delegation")),
						delegation));
	}

}
