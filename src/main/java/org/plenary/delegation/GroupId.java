package org.plenary.delegation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * Identifies a group of States.
 */
public record GroupId(@JsonValue UUID value) {

	/**
	 * Reads an id from a page address or request parameter; refuses anything but a UUID.
	 */
	public static GroupId of(String value) {
		return new GroupId(UUID.fromString(value.trim()));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
