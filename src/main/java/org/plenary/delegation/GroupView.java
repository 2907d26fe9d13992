package org.plenary.delegation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A group of States with its current members, and those who left, as pages, the API and
 * other modules see it. {@code coordinator} is the State that coordinates it today (whose
 * delegates speak for it); {@code coordination} the term on record, which may be over or
 * not begun.
 */
public record GroupView(GroupId id, String shortName, String name, @Nullable String description,
		@Nullable DelegationCode coordinator, @Nullable Coordination coordination, @Nullable String sourceNote,
		List<Member> members, List<Member> formerMembers) {

	/** A coordinator's (chair's) term: from and until, either open. */
	public record Coordination(DelegationCode code, String name, @Nullable LocalDate from, @Nullable LocalDate until,
			boolean current) {
	}

	/** A delegation's membership of the group. */
	public record Member(DelegationCode code, String name, @Nullable RegionalGroup regionalGroup,
			@Nullable LocalDate joinedOn, @Nullable LocalDate leftOn) {
	}

	public boolean hasMember(DelegationCode code) {
		return this.members.stream().anyMatch((m) -> m.code().equals(code));
	}

}
