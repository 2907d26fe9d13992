package org.plenary.positions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.plenary.system.InvalidValue;

/** So many seats of one category for one region, in a model's composition. */
@Embeddable
public record SeatCount(@Enumerated(EnumType.STRING) @Column(nullable = false, length = 20) SeatCategory category,
		@Enumerated(EnumType.STRING) @Column(nullable = false, length = 40) SeatRegion region,
		@Column(nullable = false) int seats) {

	public SeatCount {
		if (seats < 0) {
			throw new InvalidValue("A number of seats cannot be negative.", "refusal.positions.negativeSeats");
		}
		if (seats > Composition.MOST_SEATS) {
			throw new InvalidValue("%d seats for one region is more than a Council could have.".formatted(seats),
					"refusal.positions.tooManySeats", seats);
		}
	}

}
