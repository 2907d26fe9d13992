package org.plenary.system;

import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;

/**
 * A value that passed the form's checks but that the domain refuses, named by field
 * (400). Its reason is a message of the bundles ({@code code} with its arguments), so
 * that a page shows it in its language; the English reason is the API's.
 */
public class InvalidInput extends Refusal {

	private static final Said TITLE = new Said("refusal.title.invalidInput", "Invalid input");

	private final String field;

	/** The refusals of the same input reported together with this one, this one first. */
	private List<InvalidInput> all = List.of(this);

	/**
	 * A refusal said in English only, on pages too.
	 * @deprecated give the reason's code of {@code messages/refusals} and its arguments:
	 * {@link #InvalidInput(String, String, String, Object...)}.
	 */
	@Deprecated
	public InvalidInput(String field, String reason) {
		this(field, new Said(Said.ENGLISH_ONLY, reason));
	}

	/**
	 * A refusal whose reason is the bundles' message {@code code} with its arguments, so
	 * that a page shows it in its language; {@code reason} is the English, for the API.
	 */
	public InvalidInput(String field, String reason, String code, Object... arguments) {
		this(field, new Said(code, reason, arguments));
	}

	public InvalidInput(String field, Said reason) {
		super(HttpStatus.BAD_REQUEST, TITLE, reason);
		this.field = field;
		with("errors", List.of(Map.of("field", field, "message", reason.english())));
	}

	/**
	 * The refusal of a field's value by a value object ({@link InvalidValue}, or any
	 * IllegalArgumentException, whose message is then English only).
	 */
	public static InvalidInput of(String field, IllegalArgumentException refusal) {
		return new InvalidInput(field, InvalidValue.said(refusal));
	}

	/**
	 * Every mistake of one input in one answer, so that a person mends them together
	 * rather than meeting them one at a time: the first's reason is the detail, and the
	 * problem's {@code errors} lists each field with its reason.
	 */
	public static InvalidInput all(List<InvalidInput> refusals) {
		if (refusals.isEmpty()) {
			throw new IllegalArgumentException("No refusal to report");
		}
		var first = refusals.get(0);
		if (refusals.size() == 1) {
			return first;
		}
		var together = new InvalidInput(first.field, first.said());
		together.all = refusals.stream().flatMap((r) -> r.each().stream()).toList();
		together.with("errors",
				together.all.stream().map((r) -> Map.of("field", r.field(), "message", r.reason())).toList());
		return together;
	}

	/**
	 * Each refusal this one reports: itself alone, or those {@link #all} put together.
	 */
	public List<InvalidInput> each() {
		return this.all;
	}

	/**
	 * The message code a form's error is rejected with: the reason's own, or
	 * {@code invalid} (which the bundles leave to the English reason).
	 */
	public String code() {
		return said().code();
	}

	/**
	 * The reason's arguments as the page being written says them (dates in its language's
	 * long form), for a form's error to be rejected with.
	 */
	public Object[] arguments() {
		return said().argumentsIn(Said.pageMessages(), LocaleContextHolder.getLocale());
	}

	public String field() {
		return this.field;
	}

	/** The reason in English, as the API gives it. */
	public String reason() {
		return detail();
	}

}
