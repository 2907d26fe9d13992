package org.plenary.correspondence;

import org.plenary.system.Language;
import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * A letter has no version in the language asked for (404).
 */
public class LetterVersionNotFound extends Refusal {

	public LetterVersionNotFound(LetterId letter, Language language) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.letterVersionNotFound", "Letter version not found"),
				new Said("refusal.correspondence.noVersionIn",
						"Letter %s has no version in %s.".formatted(letter, language.nativeName()), letter,
						language.nativeName()));
	}

}
