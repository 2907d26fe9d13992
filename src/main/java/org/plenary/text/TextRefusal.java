package org.plenary.text;

import org.plenary.system.Refusal;
import org.plenary.system.Said;
import org.springframework.http.HttpStatus;

/**
 * A refusal about a negotiated text: not found (404), issued already or a conflict (409).
 */
public class TextRefusal extends Refusal {

	public TextRefusal(HttpStatus status, Said title, Said detail) {
		super(status, title, detail);
	}

}
