package org.plenary.positions;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.RegionalGroup;

/**
 * Where a seat goes: one of the five regional groups, or a seat that rotates across them
 * (the Arab swing seat between the African and Asia-Pacific Groups; a seat for Small
 * Island Developing States; any other cross-regional or rotating seat).
 */
public enum SeatRegion {

	AFRICAN(RegionalGroup.AFRICAN), ASIA_PACIFIC(RegionalGroup.ASIA_PACIFIC),
	EASTERN_EUROPEAN(RegionalGroup.EASTERN_EUROPEAN),
	LATIN_AMERICAN_AND_CARIBBEAN(RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN),
	WESTERN_EUROPEAN_AND_OTHERS(RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS), ARAB_SWING(null),
	SMALL_ISLAND_DEVELOPING_STATES(null), CROSS_REGIONAL(null);

	private final @Nullable RegionalGroup group;

	SeatRegion(@Nullable RegionalGroup group) {
		this.group = group;
	}

	/** The regional group, or nothing for a seat that rotates across groups. */
	public @Nullable RegionalGroup group() {
		return this.group;
	}

	public boolean isRegionalGroup() {
		return this.group != null;
	}

}
