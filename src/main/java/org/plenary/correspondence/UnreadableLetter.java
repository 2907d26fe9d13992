package org.plenary.correspondence;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A file that cannot be read as a letter, with the reason a person can act on: empty,
 * binary, a scanned PDF without text, too large, not UTF-8, or not a letter (no date, no
 * text) (400).
 */
public class UnreadableLetter extends ErrorResponseException {

	public UnreadableLetter(String reason) {
		super(HttpStatus.BAD_REQUEST, problem(reason), null);
	}

	public String reason() {
		var detail = getBody().getDetail();
		return detail == null ? "" : detail;
	}

	private static ProblemDetail problem(String reason) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
		problem.setTitle("Unreadable letter");
		return problem;
	}

}
