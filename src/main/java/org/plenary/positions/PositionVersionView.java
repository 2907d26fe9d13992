package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One version of a position: its stance and text, the session, where and when it was
 * said.
 */
public record PositionVersionView(int number, @Nullable UUID stance, @Nullable String stanceLabel,
		@Nullable String text, int session, SourceKind sourceKind, @Nullable String sourceReference, LocalDate statedOn,
		boolean published, Instant recordedAt) {
}
