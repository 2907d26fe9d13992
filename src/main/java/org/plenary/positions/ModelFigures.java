package org.plenary.positions;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What Plenary computes for a model: the size of the enlarged Council, seats per region
 * and their share against the region's share of the membership, the change from today's
 * Council, the permanent members and veto holders (now, and after a review where the veto
 * is deferred), and the votes a decision needs where the model states them.
 */
public record ModelFigures(int size, Map<SeatRegion, Integer> seatsByRegion, Map<SeatRegion, RegionShare> shares,
		Map<SeatCategory, Integer> seatsByCategory, Map<SeatCategory, Map<SeatRegion, Integer>> changeFromToday,
		int sizeChange, int permanentMembers, int vetoHolders, int vetoHoldersAfterReview,
		@Nullable Integer votesNeeded, @Nullable Double votesNeededShare) {

	/**
	 * Today's permanent members keep the veto unless the model abolishes it (a restricted
	 * veto is still held); new permanent members hold it if the model says so, or after
	 * the review where it is deferred.
	 */
	static ModelFigures of(Composition composition, NewMembersVeto newMembersVeto, ExistingVeto existingVeto,
			@Nullable Integer votesNeeded, Membership membership) {
		int size = composition.size();
		var shares = new EnumMap<SeatRegion, RegionShare>(SeatRegion.class);
		composition.seatsByRegion().forEach((region, seats) -> {
			var group = region.group();
			Integer members = group == null ? null : membership.of(group);
			shares.put(region, new RegionShare(seats, (double) seats / size, members,
					members == null ? null : (double) members / membership.total()));
		});
		var byCategory = new EnumMap<SeatCategory, Integer>(SeatCategory.class);
		for (var category : SeatCategory.values()) {
			byCategory.put(category, composition.seats(category));
		}
		int permanent = composition.seats(SeatCategory.PERMANENT);
		int newPermanent = Math.max(0, permanent - Composition.TODAYS_PERMANENT_MEMBERS);
		int existing = existingVeto == ExistingVeto.ABOLISH ? 0
				: Math.min(permanent, Composition.TODAYS_PERMANENT_MEMBERS);
		int vetoNow = existing + (newMembersVeto == NewMembersVeto.YES ? newPermanent : 0);
		int vetoAfterReview = vetoNow + (newMembersVeto == NewMembersVeto.DEFERRED_TO_REVIEW ? newPermanent : 0);
		return new ModelFigures(size, composition.seatsByRegion(), Collections.unmodifiableMap(shares),
				Collections.unmodifiableMap(byCategory), composition.minus(Composition.TODAY),
				size - Composition.TODAY.size(), permanent, vetoNow, vetoAfterReview, votesNeeded,
				votesNeeded == null ? null : (double) votesNeeded / size);
	}

}
