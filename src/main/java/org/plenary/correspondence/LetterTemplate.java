package org.plenary.correspondence;

/**
 * Where a letter starts: announcing meetings (the facilitators'), transmitting the
 * facilitators' letter (the President's), appointing facilitators (the President's).
 */
public enum LetterTemplate {

	ANNOUNCE_MEETINGS(LetterKind.FACILITATORS), TRANSMIT(LetterKind.TRANSMITTAL), APPOINT(LetterKind.APPOINTMENT);

	private final LetterKind kind;

	LetterTemplate(LetterKind kind) {
		this.kind = kind;
	}

	public LetterKind kind() {
		return this.kind;
	}

}
