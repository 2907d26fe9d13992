package org.plenary.search;

/** What a search hit is. */
public enum SearchKind {

	LETTER, STATEMENT, POSITION, MODEL, ELEMENTS,

	/** A paragraph of an issued revision of a negotiated text. */
	TEXT

}
