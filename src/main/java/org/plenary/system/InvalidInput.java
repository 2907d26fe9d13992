package org.plenary.system;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

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

	/**
	 * A refusal whose reason is the bundles' message {@code code} with its arguments, so
	 * that a page shows it in its language; {@code reason} is the English, for the API.
	 */
	public InvalidInput(String field, String reason, String code, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, "Invalid input", reason, code, arguments);
		this.field = field;
		with("errors", List.of(Map.of("field", field, "message", reason)));
	}

	/**
	 * The message code a form's error is rejected with: the reason's own, or
	 * {@code invalid} (which the bundles leave to the English reason).
	 */
	public String code() {
		var code = getDetailMessageCode();
		return code.startsWith("problemDetail.") ? "invalid" : code;
	}

	public Object @Nullable [] arguments() {
		return getDetailMessageArguments();
	}

	public String field() {
		return this.field;
	}

	public String reason() {
		return detail();
	}

}
