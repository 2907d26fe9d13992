package org.plenary.schedule;

import java.time.LocalTime;

/**
 * The two usual meeting times at Headquarters, one click away in every form. Seed 004:
 * "Morning (10:00-13:00)", "Afternoon (15:00-18:00)".
 */
public enum StandardSlot {

	MORNING(LocalTime.of(10, 0), LocalTime.of(13, 0)), AFTERNOON(LocalTime.of(15, 0), LocalTime.of(18, 0));

	private final LocalTime startsAt;

	private final LocalTime endsAt;

	StandardSlot(LocalTime startsAt, LocalTime endsAt) {
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	public LocalTime startsAt() {
		return this.startsAt;
	}

	public LocalTime endsAt() {
		return this.endsAt;
	}

	public Slot on(java.time.LocalDate day) {
		return new Slot(day, this.startsAt, this.endsAt);
	}

}
