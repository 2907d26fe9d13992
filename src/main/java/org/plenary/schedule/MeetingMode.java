package org.plenary.schedule;

/**
 * In the room, online only (no room), or both.
 */
public enum MeetingMode {

	IN_PERSON, VIRTUAL, HYBRID

}
