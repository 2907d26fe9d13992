package org.plenary.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One thing found: what it is, its title, where to read it, its date, and the passages
 * where the words were found: plain text with the places of the words (see
 * {@link SearchPassage}).
 */
public record SearchHit(UUID id, SearchKind kind, String title, String link, @Nullable LocalDate dated,
		List<SearchPassage> passages) {

	public SearchHit {
		passages = List.copyOf(passages);
	}

}
