package org.plenary.correspondence;

import java.util.UUID;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * The letter's state does not allow this (409): a circulated letter never changes; write
 * a correction instead.
 */
public class LetterClosed extends Refusal {

	public LetterClosed(UUID letter, LetterStatus status, String action) {
		super(HttpStatus.CONFLICT, "Letter closed", "A %s letter cannot %s.%s".formatted(status.name().toLowerCase(),
				action, status == LetterStatus.CIRCULATED ? " Write a correction that refers to it." : ""));
		with("letter", letter);
	}

}
