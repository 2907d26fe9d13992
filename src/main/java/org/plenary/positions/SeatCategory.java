package org.plenary.positions;

/**
 * The categories of Council seats the models speak of: permanent, longer-term or
 * renewable, and the two-year non-permanent seats of Article 23 of the Charter.
 */
public enum SeatCategory {

	PERMANENT, LONGER_TERM, NON_PERMANENT

}
