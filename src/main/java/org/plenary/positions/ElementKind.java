package org.plenary.positions;

/**
 * What an element of the document records: a commonality the membership shares, or an
 * issue for further consideration (the IGN's document of the 71st session and after).
 */
public enum ElementKind {

	COMMONALITY, ISSUE_FOR_FURTHER_CONSIDERATION

}
