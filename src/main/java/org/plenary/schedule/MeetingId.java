package org.plenary.schedule;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a MeetingId.
 */
public record MeetingId(@JsonValue UUID value) {

	/** Reads an id from a page address; refuses anything but a UUID. */
	public static MeetingId of(String value) {
		return new MeetingId(UUID.fromString(value.trim()));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
