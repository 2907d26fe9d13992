package org.plenary.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A value that passed the form's checks but that the domain refuses, named by field
 * (400).
 */
public class InvalidInput extends ErrorResponseException {

	private final String field;

	public InvalidInput(String field, String reason) {
		super(HttpStatus.BAD_REQUEST, problem(field, reason), null);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

	public String reason() {
		var detail = getBody().getDetail();
		return detail != null ? detail : "";
	}

	private static ProblemDetail problem(String field, String reason) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
		problem.setTitle("Invalid input");
		problem.setProperty("errors", java.util.List.of(java.util.Map.of("field", field, "message", reason)));
		return problem;
	}

}
