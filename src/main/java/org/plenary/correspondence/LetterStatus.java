package org.plenary.correspondence;

/**
 * Draft, then signed, then circulated; a circulated letter never changes.
 */
public enum LetterStatus {

	DRAFT, SIGNED, CIRCULATED

}
