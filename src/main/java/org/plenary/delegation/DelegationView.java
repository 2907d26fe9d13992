package org.plenary.delegation;

import org.jspecify.annotations.Nullable;

/**
 * A delegation as pages, the API and other modules see it.
 */
public record DelegationView(DelegationCode code, String name, DelegationKind kind,
		@Nullable RegionalGroup regionalGroup, @Nullable String regionalGroupNote, boolean permanentMember) {
}
