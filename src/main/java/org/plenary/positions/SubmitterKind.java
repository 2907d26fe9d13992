package org.plenary.positions;

/** Who submitted a model: a State (or observer), or a group of States. */
public enum SubmitterKind {

	DELEGATION, GROUP

}
