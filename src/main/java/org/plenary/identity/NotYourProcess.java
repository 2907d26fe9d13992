package org.plenary.identity;

import java.util.UUID;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * Someone who does not facilitate, or serve the secretariat of, a process tried to change
 * it (403).
 */
public class NotYourProcess extends Refusal {

	public NotYourProcess(Actor actor, UUID process, String processName) {
		super(HttpStatus.FORBIDDEN, new Said("refusal.title.notYourProcess", "Not your process"), new Said(
				"refusal.identity.notYourProcess",
				"%s is not a facilitator or secretariat officer of %s.".formatted(actor.username(), processName),
				actor.username(), processName));
		with("process", process);
	}

}
