package org.plenary.text;

/** What another delegation or group says of an amendment. */
public enum Stance {

	CO_SPONSOR, SUPPORT, OPPOSE

}
