package org.plenary.system;

import org.springframework.http.HttpStatus;

/**
 * A file that cannot be read as a document, with the reason a person can act on: empty,
 * binary, a scanned PDF without text, too large, not UTF-8 (400).
 */
public class UnreadableDocument extends Refusal {

	public UnreadableDocument(String reason) {
		this("Unreadable file", reason);
	}

	protected UnreadableDocument(String title, String reason) {
		super(HttpStatus.BAD_REQUEST, title, reason);
	}

	public String reason() {
		return detail();
	}

}
