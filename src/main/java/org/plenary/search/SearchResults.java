package org.plenary.search;

import java.util.List;

/**
 * A page of what a search found, the best first (or the newest, if asked), with how many
 * there are in all.
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits) {

	public SearchResults {
		hits = List.copyOf(hits);
	}

	static SearchResults none(SearchQuery query) {
		return new SearchResults(query, 0, List.of());
	}

	public int pages() {
		return (int) Math.max(1, (this.total + SearchQuery.PAGE_SIZE - 1) / SearchQuery.PAGE_SIZE);
	}

	public boolean hasNext() {
		return this.query.page() < pages();
	}

	public boolean hasPrevious() {
		return this.query.page() > 1;
	}

}
