package org.plenary.system;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A value that passed the form's checks but that the domain refuses, named by field
 * (400).
 */
public class InvalidInput extends Refusal {

	private final String field;

	public InvalidInput(String field, String reason) {
		super(HttpStatus.BAD_REQUEST, "Invalid input", reason);
		this.field = field;
		with("errors", List.of(Map.of("field", field, "message", reason)));
	}

	public String field() {
		return this.field;
	}

	public String reason() {
		return detail();
	}

}
