package org.plenary.correspondence;

import org.plenary.system.Language;
import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * A letter has no version in the language asked for (404).
 */
public class LetterVersionNotFound extends Refusal {

	public LetterVersionNotFound(LetterId letter, Language language) {
		super(HttpStatus.NOT_FOUND, "Letter version not found",
				"Letter %s has no version in %s.".formatted(letter, language.nativeName()));
	}

}
