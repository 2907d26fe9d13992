package org.plenary.positions;

import java.util.Map;

import org.plenary.delegation.RegionalGroup;
import org.plenary.system.InvalidValue;

/**
 * How many Member States each regional group has, and how many there are in all (a State
 * in no group, such as Kiribati, counts in the total only).
 */
public record Membership(Map<RegionalGroup, Integer> members, int total) {

	public Membership {
		members = Map.copyOf(members);
		if (total <= 0) {
			throw new InvalidValue("A membership has at least one Member State.", "refusal.positions.membershipEmpty");
		}
	}

	int of(RegionalGroup group) {
		return this.members.getOrDefault(group, 0);
	}

}
