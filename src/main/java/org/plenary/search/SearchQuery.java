package org.plenary.search;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidInput;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What someone looks for: words (with "quoted phrases", {@code -excluded} words and
 * {@code prefix*}), optionally only one kind of thing or one process, a page, and whether
 * the newest come first instead of the best.
 */
public record SearchQuery(String words, @Nullable SearchKind kind, @Nullable UUID process, int page,
		boolean newestFirst) {

	public static final int PAGE_SIZE = 20;

	static final int MOST_CHARACTERS = 200;

	public SearchQuery {
		words = words.strip();
		if (words.length() > MOST_CHARACTERS) {
			throw new InvalidInput("q", "Search for at most %d characters.".formatted(MOST_CHARACTERS));
		}
		if (page < 1) {
			throw new InvalidInput("page", "Pages are counted from 1.");
		}
		if (page > 500) {
			throw new InvalidInput("page", "Narrow the search: only the first 500 pages are shown.");
		}
	}

	public static SearchQuery of(String words) {
		return new SearchQuery(words, null, null, 1, false);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.words.isEmpty();
	}

}
