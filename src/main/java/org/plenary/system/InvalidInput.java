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

	/** The refusals of the same input reported together with this one, this one first. */
	private List<InvalidInput> all = List.of(this);

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
		var arguments = first.arguments();
		var together = "invalid".equals(first.code()) ? new InvalidInput(first.field, first.reason())
				: new InvalidInput(first.field, first.reason(), first.code(),
						arguments == null ? new Object[0] : arguments);
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
