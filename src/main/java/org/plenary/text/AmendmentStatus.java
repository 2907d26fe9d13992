package org.plenary.text;

/**
 * Where an amendment stands: tabled, then accepted (it will be in the next revision),
 * merged (with another, into the facilitators' wording), not retained, or withdrawn by
 * its proposer.
 */
public enum AmendmentStatus {

	TABLED, ACCEPTED, MERGED, NOT_RETAINED, WITHDRAWN

}
