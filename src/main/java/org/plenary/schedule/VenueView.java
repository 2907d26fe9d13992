package org.plenary.schedule;

import java.util.List;

/**
 * A room as pages, the API and other modules see it.
 */
public record VenueView(VenueId id, String name, String shortName, int capacity, boolean interpretation,
		List<String> aliases, long version) {
}
