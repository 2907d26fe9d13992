package org.plenary.schedule;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a VenueId.
 */
public record VenueId(@JsonValue UUID value) {

	/** Reads an id from a page address; refuses anything but a UUID. */
	public static VenueId of(String value) {
		return new VenueId(UUID.fromString(value.trim()));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
