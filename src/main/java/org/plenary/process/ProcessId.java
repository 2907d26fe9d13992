package org.plenary.process;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * Identifies a process.
 */
public record ProcessId(@JsonValue UUID value) {

	/**
	 * Reads an id from a page address or request parameter; refuses anything but a UUID.
	 */
	public static ProcessId of(String value) {
		return new ProcessId(UUID.fromString(value.trim()));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
