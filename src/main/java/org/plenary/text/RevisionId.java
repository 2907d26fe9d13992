package org.plenary.text;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a revision of a negotiated text. */
public record RevisionId(@JsonValue UUID value) {

	public static RevisionId of(String text) {
		return new RevisionId(UUID.fromString(text.strip()));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
