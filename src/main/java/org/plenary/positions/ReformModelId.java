package org.plenary.positions;

import java.util.UUID;

import org.plenary.system.InvalidValue;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a reform model. */
public record ReformModelId(@JsonValue UUID value) {

	public static ReformModelId of(String text) {
		try {
			return new ReformModelId(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValue("'%s' is not a model's identifier.".formatted(text), "refusal.positions.notAModelId",
					text);
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
