package org.plenary.identity;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Refused because the actor may not do this (403), or because nobody is signed in (401).
 */
public class NotPermitted extends Refusal {

	public NotPermitted(Actor actor, String whatWasRefused) {
		super(actor.isAnonymous() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
				actor.isAnonymous() ? "Sign-in required" : "Not permitted",
				actor.isAnonymous() ? "Sign in to " + whatWasRefused + "." : "You may not " + whatWasRefused + ".");
	}

}
