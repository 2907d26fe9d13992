package org.plenary.correspondence;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * Letter not found (404).
 */
public class LetterNotFound extends Refusal {

	public LetterNotFound(Object letter) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.letterNotFound", "Letter not found"),
				new Said("refusal.correspondence.noSuchLetter", "There is no letter %s.".formatted(letter), letter));
	}

}
