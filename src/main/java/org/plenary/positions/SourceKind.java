package org.plenary.positions;

/** Where a position was said: at a meeting, in a statement, in a letter, or elsewhere. */
public enum SourceKind {

	MEETING, STATEMENT, LETTER, OTHER

}
