package org.plenary.correspondence;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * Letter not found (404).
 */
public class LetterNotFound extends Refusal {

	public LetterNotFound(Object letter) {
		super(HttpStatus.NOT_FOUND, "Letter not found", "There is no letter %s.".formatted(letter));
	}

}
