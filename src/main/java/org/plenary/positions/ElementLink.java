package org.plenary.positions;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A position that supports an element, or opposes it. */
@Embeddable
public record ElementLink(@Column(name = "position_id", nullable = false) UUID position,
		@Column(nullable = false) boolean supports) {
}
