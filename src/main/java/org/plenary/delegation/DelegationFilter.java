package org.plenary.delegation;

import org.jspecify.annotations.Nullable;

/**
 * Which delegations to list: any combination of kind, regional group, group of States and
 * words of the name.
 */
public record DelegationFilter(@Nullable DelegationKind kind, @Nullable RegionalGroup regionalGroup,
		@Nullable GroupId group, @Nullable String name) {

	public static DelegationFilter all() {
		return new DelegationFilter(null, null, null, null);
	}

}
