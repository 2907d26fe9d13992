package org.plenary.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account as the administrator's pages and the API show it. It never carries the
 * password hash.
 */
public record AccountView(UUID id, String username, String displayName, boolean enabled, @Nullable Instant lockedUntil,
		boolean locked, List<GrantView> grants) {

	/** A grant with the name of what it is held for, as a person reads it. */
	public record GrantView(Grant grant, @Nullable String heldFor) {
	}

}
