package org.plenary.speakers;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An inscription as the list shows it: the delegation's code (ISO 3166-1 alpha-3, or an
 * observer's code) and name, the group it speaks for, its kind, place and status, and the
 * time it used of its limit.
 */
public record InscriptionView(UUID id, String delegation, String name, @Nullable String onBehalfOf,
		InscriptionKind kind, int position, InscriptionStatus status, long usedMs, long limitMs, Instant inscribedAt,
		@Nullable Instant startedAt, @Nullable Instant endedAt, boolean statement) {

	/** "Mexico", or "Mexico, on behalf of the Group of 77 and China". */
	public String speaker() {
		return this.onBehalfOf == null ? this.name : this.name + ", on behalf of " + this.onBehalfOf;
	}

	public boolean isWaiting() {
		return this.status == InscriptionStatus.WAITING;
	}

}
