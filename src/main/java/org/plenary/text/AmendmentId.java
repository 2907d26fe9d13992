package org.plenary.text;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an amendment. */
public record AmendmentId(@JsonValue UUID value) {

	public static AmendmentId of(String text) {
		return new AmendmentId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
