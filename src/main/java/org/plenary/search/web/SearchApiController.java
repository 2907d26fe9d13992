package org.plenary.search.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.search.Search;
import org.plenary.search.SearchKind;
import org.plenary.search.SearchQuery;
import org.plenary.search.SearchResults;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search for scripts: the same query as the page, as JSON. */
@RestController
@RequestMapping("/api/search")
class SearchApiController {

	private final Search search;

	SearchApiController(Search search) {
		this.search = search;
	}

	/**
	 * What is published and matches: every word must appear; "quoted phrases", -excluded
	 * words and prefix* work. Each passage is plain {@code text} with {@code highlights},
	 * the character ranges where the words were found, and the same as {@code html}: the
	 * text HTML-escaped with only {@code <mark>} added. {@code lang} (ar, zh, en, fr, ru,
	 * es) says which language the words are in; without it, it is detected from them, and
	 * words whose language cannot be told are looked for in every language.
	 */
	@GetMapping
	SearchResults search(@RequestParam String q, @RequestParam(required = false) @Nullable SearchKind kind,
			@RequestParam(required = false) @Nullable UUID process, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "relevance") String sort,
			@RequestParam(name = "lang", required = false) @Nullable String language) {
		return this.search
			.search(new SearchQuery(q, kind, process, page, "newest".equals(sort), SearchQuery.language(language)));
	}

}
