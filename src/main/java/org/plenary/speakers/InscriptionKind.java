package org.plenary.speakers;

/**
 * A statement on the list; a reply after it (rule 73 of the Assembly's rules of
 * procedure); a point of order, taken at once (rule 71).
 */
public enum InscriptionKind {

	STATEMENT, REPLY, POINT_OF_ORDER

}
