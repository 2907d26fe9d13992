package org.plenary.process;

import java.time.LocalDate;

import org.plenary.system.InvalidValue;

import org.jspecify.annotations.Nullable;

/**
 * The President's appointment of a person to lead a process for a session: "H.E. Ms.
 * Sylvie Lucas, Permanent Representative of Luxembourg, as Chair" (seed 001).
 */
public record Appointment(int session, String personName, @Nullable String title, FacilitatorRole role,
		@Nullable String delegation, @Nullable LocalDate appointedOn) {

	public Appointment {
		if (personName.isBlank()) {
			throw new InvalidValue("An appointment names the person appointed.", "refusal.process.appointmentPerson");
		}
	}

}
