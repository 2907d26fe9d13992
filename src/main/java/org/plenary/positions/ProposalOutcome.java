package org.plenary.positions;

/** The facilitators' answer to a proposal: none yet, accepted, or not accepted. */
public enum ProposalOutcome {

	PENDING, ACCEPTED, NOT_ACCEPTED

}
