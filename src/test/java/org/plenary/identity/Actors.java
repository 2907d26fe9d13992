package org.plenary.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Actors for tests, named as the people they stand for.
 */
public final class Actors {

	private Actors() {
	}

	public static Actor administrator() {
		return new Actor("test-admin", Set.of(Grant.of(Role.ADMINISTRATOR)));
	}

	public static Actor pgaOffice() {
		return new Actor("test-pga", Set.of(Grant.of(Role.PGA_OFFICE)));
	}

	public static Actor delegateOf(String delegation) {
		return new Actor("delegate-of-" + delegation.toLowerCase(), Set.of(Grant.delegateOf(delegation)));
	}

	public static Actor facilitatorOf(UUID process) {
		return new Actor("facilitator-of-" + process, Set.of(Grant.facilitatorOf(process)));
	}

	public static Actor secretariatOf(UUID process) {
		return new Actor("secretariat-of-" + process, Set.of(Grant.secretariatOf(process)));
	}

	public static Actor observer() {
		return new Actor("test-observer", Set.of(Grant.of(Role.OBSERVER)));
	}

}
