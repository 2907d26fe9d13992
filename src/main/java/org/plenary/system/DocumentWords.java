package org.plenary.system;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.jspecify.annotations.Nullable;

/**
 * The words of the documents Plenary prints and sends in one of the six languages, read
 * from the bundle {@code messages/documents} (the same Spring's message source serves to
 * the print templates): headings, the letterhead, closings, the templates' sentences. A
 * message with arguments is a {@link MessageFormat} pattern, one without is returned as
 * written, as Spring's message source does.
 */
public final class DocumentWords {

	private static final Map<Language, DocumentWords> ALL = new EnumMap<>(Language.class);

	static {
		for (var language : Language.values()) {
			ALL.put(language, new DocumentWords(language));
		}
	}

	private final Language language;

	private final ResourceBundle bundle;

	private DocumentWords(Language language) {
		this.language = language;
		this.bundle = ResourceBundle.getBundle("messages/documents", language.locale(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * The language a document is asked for: an explicit {@code lang} parameter
	 * ({@code fr}, {@code zh-Hans}), else the request's language, else English. An
	 * unknown {@code lang} is refused (400) naming the six.
	 */
	public static Language language(@Nullable String lang, @Nullable Locale locale) {
		if (lang != null && !lang.isBlank()) {
			return Language.ofTag(lang)
				.orElseThrow(() -> new InvalidInput("lang",
						"Documents are written in ar, zh, en, fr, ru or es, not \"%s\".".formatted(lang.strip()),
						"refusal.system.documentLanguage", lang.strip()));
		}
		return Language.of(locale);
	}

	/** "-fr" for a file in French: nothing for English, whose names stay as they were. */
	public static String fileSuffix(Language language) {
		return language == Language.ENGLISH ? "" : "-" + language.tag();
	}

	public static DocumentWords of(Language language) {
		return ALL.get(language);
	}

	public Language language() {
		return this.language;
	}

	/** The message {@code key}, its arguments put in. */
	public String get(String key, Object... arguments) {
		var pattern = this.bundle.getString(key);
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, this.language.locale()).format(arguments);
	}

	/** "a", "a and b", "a, b and c" in the language. */
	public String joined(List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(get("documents.listSeparator"), parts.subList(0, parts.size() - 1)) + get("documents.and")
				+ parts.get(parts.size() - 1);
	}

	/** A date as the language writes it in running text ("15 février 2018"). */
	public String date(java.time.LocalDate date) {
		return this.language.longDate(date);
	}

}
