package org.plenary.schedule;

import java.util.List;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * The room is taken at that time by another meeting (409). Nothing was saved; the
 * secretariat may override with a written reason. Carries every warning of the check,
 * with the other meeting and suggestions.
 */
public class VenueTaken extends Refusal {

	private final List<Warning> warnings;

	public VenueTaken(List<Warning> warnings) {
		super(HttpStatus.CONFLICT, "Room taken",
				warnings.stream()
					.filter((w) -> w.kind() == Warning.Kind.VENUE_TAKEN)
					.map(Warning::message)
					.findFirst()
					.orElse("The room is taken at that time.")
						+ " The secretariat may override this with a written reason.");
		this.warnings = List.copyOf(warnings);
		with("warnings", this.warnings);
	}

	public List<Warning> warnings() {
		return this.warnings;
	}

}
