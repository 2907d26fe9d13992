package org.plenary.positions;

import org.jspecify.annotations.Nullable;

/**
 * A region's part of a Council against its part of the membership: 3 of 15 seats (20%)
 * for the 54 African States of 193 (28%). Cross-regional seats have no membership.
 */
public record RegionShare(int seats, double seatShare, @Nullable Integer members, @Nullable Double membershipShare) {

	/**
	 * Seat share less membership share, in percentage points; nothing without members.
	 */
	public @Nullable Double difference() {
		return this.membershipShare == null ? null : (this.seatShare - this.membershipShare) * 100;
	}

}
