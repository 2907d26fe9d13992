package org.plenary.correspondence;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a letter.
 */
public record LetterId(@JsonValue UUID value) {

	public static LetterId of(String value) {
		return new LetterId(UUID.fromString(value.trim()));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
