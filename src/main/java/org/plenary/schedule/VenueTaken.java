package org.plenary.schedule;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The room is taken at that time by another meeting (409). Nothing was saved; the
 * secretariat may override with a written reason. Carries every warning of the check,
 * with the other meeting and suggestions.
 */
public class VenueTaken extends ErrorResponseException {

	private final List<Warning> warnings;

	public VenueTaken(List<Warning> warnings) {
		super(HttpStatus.CONFLICT, problem(warnings), null);
		this.warnings = List.copyOf(warnings);
		getBody().setProperty("warnings", this.warnings);
	}

	public List<Warning> warnings() {
		return this.warnings;
	}

	private static ProblemDetail problem(List<Warning> warnings) {
		var detail = warnings.stream()
			.filter((w) -> w.kind() == Warning.Kind.VENUE_TAKEN)
			.map(Warning::message)
			.findFirst()
			.orElse("The room is taken at that time.");
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				detail + " The secretariat may override this with a written reason.");
		problem.setTitle("Room taken");
		return problem;
	}

}
