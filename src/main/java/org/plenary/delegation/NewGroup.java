package org.plenary.delegation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A group of States to add to the register, with its first members.
 */
public record NewGroup(String shortName, String name, @Nullable String description, @Nullable String sourceNote,
		List<DelegationCode> members) {

	public NewGroup {
		members = List.copyOf(members);
	}

}
