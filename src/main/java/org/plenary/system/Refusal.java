package org.plenary.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal with its status, a title and a sentence a person can act on. The API renders
 * it as RFC 9457 problem details ({@link ApiProblems}); pages show it in the layout
 * ({@link PageProblems}). Each module names its own refusals after what happened
 * ({@code MeetingClosed}, {@code NotYourDelegation}) and extends this.
 */
public class Refusal extends ErrorResponseException {

	protected Refusal(HttpStatus status, String title, String detail) {
		super(status, problem(status, title, detail), null);
	}

	/**
	 * A refusal whose sentence is also a message of the bundles ({@code code} with its
	 * arguments), for pages to show in their language; {@code detail} is the English.
	 */
	protected Refusal(HttpStatus status, String title, String detail, String code, Object... arguments) {
		super(status, problem(status, title, detail), null, code, arguments);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** The sentence a person reads. */
	public String detail() {
		var detail = getBody().getDetail();
		return detail == null ? "" : detail;
	}

	/** Adds a value to the problem details ("field", "meeting", "warnings"). */
	protected final void with(String property, Object value) {
		getBody().setProperty(property, value);
	}

}
