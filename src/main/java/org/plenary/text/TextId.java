package org.plenary.text;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a negotiated text. */
public record TextId(@JsonValue UUID value) {

	public static TextId of(String text) {
		return new TextId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
