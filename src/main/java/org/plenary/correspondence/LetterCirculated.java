package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A letter was circulated. Published by {@link Letters#circulate}; the meetings it
 * announces are linked to it.
 */
public record LetterCirculated(LetterId letter, @Nullable UUID process, @Nullable LocalDate writtenOn,
		List<UUID> meetings) {
}
