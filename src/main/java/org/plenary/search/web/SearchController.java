package org.plenary.search.web;

import java.util.Arrays;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.process.Processes;
import org.plenary.search.Search;
import org.plenary.search.SearchKind;
import org.plenary.search.SearchQuery;
import org.plenary.system.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: words, what kind of thing, which process, best or newest first; the
 * results as a fragment for htmx.
 */
@Controller
class SearchController {

	private final Search search;

	private final Processes processes;

	SearchController(Search search, Processes processes) {
		this.search = search;
		this.processes = processes;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) @Nullable SearchKind kind,
			@RequestParam(required = false) @Nullable UUID process, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "relevance") String sort,
			@RequestParam(name = "lang", required = false) @Nullable String language,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx, Model model) {
		var query = new SearchQuery(q, kind, process, page, "newest".equals(sort), SearchQuery.language(language));
		model.addAttribute("results", this.search.search(query));
		model.addAttribute("kinds", Arrays.asList(SearchKind.values()));
		model.addAttribute("processes", this.processes.processes());
		model.addAttribute("languages", Language.all());
		return htmx ? "search/search :: results" : "search/search";
	}

}
