package org.plenary.system;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal with its status, a title and a sentence a person can act on, each a message
 * of the bundles ({@link Said}: a code of {@code messages/refusals}, its arguments and
 * its English). The API renders it as RFC 9457 problem details in English
 * ({@link ApiProblems}); pages say it in their language ({@link PageProblems},
 * {@link PageActions}, a form's field error). Each module names its own refusals after
 * what happened ({@code MeetingClosed}, {@code NotYourDelegation}) and extends this.
 */
public class Refusal extends ErrorResponseException {

	private final Said title;

	private final Said detail;

	protected Refusal(HttpStatus status, Said title, Said detail) {
		super(status, problem(status, title.english(), detail.english()), null);
		this.title = title;
		this.detail = detail;
	}

	/**
	 * A refusal said in English only, on pages too.
	 * @deprecated every refusal a person can see is said in the page's language: give its
	 * title and detail as {@link Said} messages of {@code messages/refusals}.
	 */
	@Deprecated
	protected Refusal(HttpStatus status, String title, String detail) {
		this(status, new Said(Said.ENGLISH_ONLY, title), new Said(Said.ENGLISH_ONLY, detail));
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** The sentence a person reads, in English (the API's {@code detail}). */
	public String detail() {
		var detail = getBody().getDetail();
		return detail == null ? "" : detail;
	}

	/** The sentence, for a page to say in its language. */
	public Said said() {
		return this.detail;
	}

	/** The title, for a page to say in its language. */
	public Said saidTitle() {
		return this.title;
	}

	/** Adds a value to the problem details ("field", "meeting", "warnings"). */
	protected final void with(String property, Object value) {
		getBody().setProperty(property, value);
	}

}
