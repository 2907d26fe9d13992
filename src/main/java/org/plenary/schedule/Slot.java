package org.plenary.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.plenary.system.InvalidValue;

import org.jspecify.annotations.Nullable;

/**
 * When a meeting takes place: a day in New York and, once announced, its start and end. A
 * letter may announce a day before its time ("27-29 March", seed 000), or a start without
 * an end ("at 10am", seed 001).
 */
@Embeddable
public record Slot(@Column(name = "held_on", nullable = false) LocalDate heldOn,
		@Column(name = "starts_at") @Nullable LocalTime startsAt,
		@Column(name = "ends_at") @Nullable LocalTime endsAt) {

	/**
	 * How long a meeting announced without an end is taken to last: one of the usual
	 * three-hour slots.
	 */
	static final java.time.Duration USUAL_LENGTH = java.time.Duration.ofHours(3);

	public Slot {
		if (endsAt != null && startsAt == null) {
			throw new InvalidValue("A meeting with an end time has a start time too.",
					"refusal.schedule.endWithoutStart");
		}
		if (endsAt != null && !endsAt.isAfter(startsAt)) {
			throw new InvalidValue("A meeting ends after it starts: %s–%s".formatted(startsAt, endsAt),
					"refusal.schedule.endBeforeStart", startsAt, endsAt);
		}
	}

	public static Slot allDayOf(LocalDate day) {
		return new Slot(day, null, null);
	}

	public boolean hasTimes() {
		return this.startsAt != null;
	}

	/**
	 * The end, or for a meeting announced without one, the end of a usual three-hour slot
	 * (never past midnight).
	 */
	public @Nullable LocalTime effectiveEnd() {
		if (this.startsAt == null) {
			return null;
		}
		if (this.endsAt != null) {
			return this.endsAt;
		}
		var usual = this.startsAt.plus(USUAL_LENGTH);
		return usual.isBefore(this.startsAt) ? LocalTime.MAX : usual;
	}

	/**
	 * Two slots overlap when they share a day and their times cross; a slot without times
	 * overlaps nothing yet.
	 */
	public boolean overlaps(Slot other) {
		if (!this.heldOn.equals(other.heldOn) || !hasTimes() || !other.hasTimes()) {
			return false;
		}
		return this.startsAt.isBefore(other.effectiveEnd()) && other.startsAt.isBefore(effectiveEnd());
	}

	/**
	 * "10:00–13:00", "10:00" when only the start is known, or an empty string when no
	 * time is announced yet.
	 */
	public String times() {
		if (!hasTimes()) {
			return "";
		}
		return this.endsAt == null ? this.startsAt.toString() : this.startsAt + "–" + this.endsAt;
	}

	@Override
	public String toString() {
		return hasTimes() ? this.heldOn + " " + times() : this.heldOn.toString();
	}

}
