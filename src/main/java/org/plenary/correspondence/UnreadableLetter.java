package org.plenary.correspondence;

import org.plenary.system.UnreadableDocument;

/**
 * A file that cannot be read as a letter, with the reason a person can act on: empty,
 * binary, a scanned PDF without text, too large, not UTF-8, or not a letter (400).
 */
public class UnreadableLetter extends UnreadableDocument {

	public UnreadableLetter(String reason) {
		super("Unreadable letter", reason);
	}

}
