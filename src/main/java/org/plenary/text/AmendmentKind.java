package org.plenary.text;

/** What an amendment does to a paragraph of the revision. */
public enum AmendmentKind {

	DELETE_WORDS, INSERT_WORDS, REPLACE_WORDS, ADD_PARAGRAPH, DELETE_PARAGRAPH

}
