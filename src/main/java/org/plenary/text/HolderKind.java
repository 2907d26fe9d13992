package org.plenary.text;

/** Who tables or backs an amendment: a delegation, or a group for its members. */
public enum HolderKind {

	DELEGATION, GROUP

}
