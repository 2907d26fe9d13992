package org.plenary.speakers;

/** Whether delegations may still inscribe. */
public enum ListStatus {

	OPEN, CLOSED

}
