package org.plenary.positions;

/**
 * Whether elected members may be re-elected at once (today's Article 23(2) forbids it for
 * the two-year seats; Uniting for Consensus proposed to allow it).
 */
public enum ReElection {

	NOT_ALLOWED, IMMEDIATE, NOT_STATED

}
