package org.plenary.search;

/** What a search hit is. */
public enum SearchKind {

	LETTER, STATEMENT, POSITION, MODEL, ELEMENTS, TEXT

}
