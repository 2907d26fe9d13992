package org.plenary.correspondence;

/**
 * What a letter is: the President's transmittal of another letter, the facilitators' own
 * letter, the President's appointment of facilitators, or another letter.
 */
public enum LetterKind {

	TRANSMITTAL, FACILITATORS, APPOINTMENT, OTHER;

	/** Transmittals and appointments are the President's. */
	public boolean isThePresidents() {
		return this == TRANSMITTAL || this == APPOINTMENT;
	}

}
