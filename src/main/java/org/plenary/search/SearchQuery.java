package org.plenary.search;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidInput;
import org.plenary.system.Language;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What someone looks for: words (with "quoted phrases", {@code -excluded} words and
 * {@code prefix*}), optionally only one kind of thing or one process, a page, and whether
 * the newest come first instead of the best, and the language the words are in (when none
 * is chosen, it is detected from the words; see {@link #languages()}).
 */
public record SearchQuery(String words, @Nullable SearchKind kind, @Nullable UUID process, int page,
		boolean newestFirst, @Nullable Language language) {

	public static final int PAGE_SIZE = 20;

	static final int MOST_CHARACTERS = 200;

	public SearchQuery {
		words = words.strip();
		if (words.length() > MOST_CHARACTERS) {
			throw new InvalidInput("q", "Search for at most %d characters.".formatted(MOST_CHARACTERS),
					"refusal.search.tooLong", MOST_CHARACTERS);
		}
		if (page < 1) {
			throw new InvalidInput("page", "Pages are counted from 1.", "refusal.search.pageFromOne");
		}
		if (page > 500) {
			throw new InvalidInput("page", "Narrow the search: only the first 500 pages are shown.",
					"refusal.search.narrow");
		}
	}

	public SearchQuery(String words, @Nullable SearchKind kind, @Nullable UUID process, int page, boolean newestFirst) {
		this(words, kind, process, page, newestFirst, null);
	}

	/**
	 * The languages whose text the words are looked for in: the one chosen, else the one
	 * detected from the words (script, then common short words), else all six.
	 */
	@JsonIgnore
	public List<Language> languages() {
		if (this.language != null) {
			return List.of(this.language);
		}
		return LanguageDetection.of(this.words).map(List::of).orElseGet(Language::all);
	}

	/**
	 * The language a reader chose by its tag ({@code fr}); none for an empty choice, 400
	 * for a language that is not one of the six.
	 */
	public static @Nullable Language language(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		return Language.ofTag(tag)
			.orElseThrow(() -> new InvalidInput("lang", "Choose ar, zh, en, fr, ru or es, or no language.",
					"refusal.search.chooseLanguage"));
	}

	public static SearchQuery of(String words) {
		return new SearchQuery(words, null, null, 1, false);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.words.isEmpty();
	}

}
