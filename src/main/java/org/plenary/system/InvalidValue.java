package org.plenary.system;

import org.springframework.validation.Errors;

/**
 * A value object's refusal of a value (a meeting that ends before it starts, a malformed
 * address), said as a message of the bundles so that a page shows it in its language; the
 * message of the exception is the English, which the API answers with.
 */
public class InvalidValue extends IllegalArgumentException {

	private final Said said;

	public InvalidValue(String english, String code, Object... arguments) {
		super(english);
		this.said = new Said(code, english, arguments);
	}

	public Said said() {
		return this.said;
	}

	/**
	 * What a refusal by a value says: its own message when it is an InvalidValue, else
	 * its English only.
	 */
	public static Said said(IllegalArgumentException refusal) {
		return (refusal instanceof InvalidValue value) ? value.said
				: new Said(Said.ENGLISH_ONLY, String.valueOf(refusal.getMessage()));
	}

	/** Puts the refusal at a form's field, in the page's language. */
	public static void rejectAt(Errors errors, String field, IllegalArgumentException refusal) {
		said(refusal).rejectAt(errors, field);
	}

	/** Puts the refusal above a form, in the page's language. */
	public static void reject(Errors errors, IllegalArgumentException refusal) {
		said(refusal).reject(errors);
	}

}
