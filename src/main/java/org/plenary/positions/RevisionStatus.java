package org.plenary.positions;

/**
 * A revision of the document is a draft the facilitators compose, then issued and never
 * changed.
 */
public enum RevisionStatus {

	DRAFT, ISSUED

}
