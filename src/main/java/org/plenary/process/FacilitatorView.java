package org.plenary.process;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A facilitator as pages, the API and other modules see them, with the name of their
 * delegation.
 */
public record FacilitatorView(UUID id, int session, String personName, @Nullable String title, FacilitatorRole role,
		@Nullable String delegation, @Nullable String delegationName, @Nullable LocalDate appointedOn) {
}
