package org.plenary.identity;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * Refused because the actor may not do this (403), or because nobody is signed in (401).
 */
public class NotPermitted extends Refusal {

	/**
	 * What was refused, as a message of the bundles: an action ({@code change letters})
	 * that each language puts in its sentence ("You may not …", "Sign in to …").
	 */
	public NotPermitted(Actor actor, Said action) {
		super(actor.isAnonymous() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
				actor.isAnonymous() ? new Said("refusal.title.signInRequired", "Sign-in required")
						: new Said("refusal.title.notPermitted", "Not permitted"),
				actor.isAnonymous()
						? new Said("refusal.identity.signInTo", "Sign in to " + action.english() + ".", action)
						: new Said("refusal.identity.mayNot", "You may not " + action.english() + ".", action));
	}

	/**
	 * A refusal said in English only, on pages too.
	 * @deprecated give the action as a message of {@code messages/refusals}:
	 * {@link #NotPermitted(Actor, Said)}.
	 */
	@Deprecated
	public NotPermitted(Actor actor, String whatWasRefused) {
		super(actor.isAnonymous() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
				Said.asIs(actor.isAnonymous() ? "Sign-in required" : "Not permitted"), Said.asIs(actor.isAnonymous()
						? "Sign in to " + whatWasRefused + "." : "You may not " + whatWasRefused + "."));
	}

}
