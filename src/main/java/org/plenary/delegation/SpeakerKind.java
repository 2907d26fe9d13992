package org.plenary.delegation;

/** Who speaks, submits or tables: a delegation, or a group of States for its members. */
public enum SpeakerKind {

	DELEGATION, GROUP

}
