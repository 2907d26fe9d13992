package org.plenary.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The six official languages of the General Assembly, in the order the United Nations
 * lists them. Every page, document, letter and text is written in one of them; a request
 * in any other language is answered in English, the language Plenary's own words were
 * first written in.
 */
public enum Language {

	ARABIC("ar", "العربية", true, "d MMMM y"),

	CHINESE("zh", "中文", false, "y年M月d日"),

	ENGLISH("en", "English", false, "d MMMM yyyy"),

	FRENCH("fr", "Français", false, "d MMMM yyyy"),

	RUSSIAN("ru", "Русский", false, "d MMMM y 'г.'"),

	SPANISH("es", "Español", false, "d 'de' MMMM 'de' y");

	public static final Language DEFAULT = ENGLISH;

	private final String tag;

	private final String nativeName;

	private final boolean rightToLeft;

	private final DateTimeFormatter longDate;

	Language(String tag, String nativeName, boolean rightToLeft, String longDatePattern) {
		this.tag = tag;
		this.nativeName = nativeName;
		this.rightToLeft = rightToLeft;
		this.longDate = DateTimeFormatter.ofPattern(longDatePattern, Locale.forLanguageTag(tag));
	}

	/**
	 * The BCP 47 tag: {@code ar}, {@code zh}, {@code en}, {@code fr}, {@code ru},
	 * {@code es}.
	 */
	public String tag() {
		return this.tag;
	}

	public Locale locale() {
		return this.longDate.getLocale();
	}

	/**
	 * The locale pages format numbers in: the language's, with Western digits for Arabic
	 * ({@code ar-u-nu-latn}), as dates, times, document symbols and the UN's Arabic web
	 * pages write them, so that one page does not mix two sets of digits.
	 */
	public Locale pageLocale() {
		return this.rightToLeft ? new Locale.Builder().setLocale(locale()).setUnicodeLocaleKeyword("nu", "latn").build()
				: locale();
	}

	/** The language's name in itself, as a language switcher shows it. */
	public String nativeName() {
		return this.nativeName;
	}

	public boolean rightToLeft() {
		return this.rightToLeft;
	}

	/** {@code ltr} or {@code rtl}, for the {@code dir} attribute. */
	public String direction() {
		return this.rightToLeft ? "rtl" : "ltr";
	}

	/** A date as the United Nations writes it in running text of this language. */
	public String longDate(LocalDate date) {
		return this.longDate.format(date);
	}

	public static List<Language> all() {
		return Arrays.asList(values());
	}

	/**
	 * The official language with this tag ({@code fr}, {@code fr-CA}, {@code zh-Hans}),
	 * if any.
	 */
	public static Optional<Language> ofTag(@Nullable String tag) {
		if (tag == null || tag.isBlank()) {
			return Optional.empty();
		}
		return ofLocale(Locale.forLanguageTag(tag.strip()));
	}

	public static Optional<Language> ofLocale(@Nullable Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		String language = locale.getLanguage();
		return Arrays.stream(values()).filter((candidate) -> candidate.tag.equals(language)).findFirst();
	}

	/**
	 * The official language a client prefers most among those it accepts: {@code
	 * de, fr;q=0.8, en;q=0.5} gives French. Nothing when it accepts none of the six or
	 * the header is not readable.
	 */
	public static Optional<Language> bestOf(@Nullable String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return Optional.empty();
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(acceptLanguage);
		}
		catch (IllegalArgumentException unreadable) {
			return Optional.empty();
		}
		List<Locale.LanguageRange> sorted = new ArrayList<>(ranges);
		Collections.sort(sorted, (a, b) -> Double.compare(b.getWeight(), a.getWeight()));
		for (var range : sorted) {
			if (range.getWeight() <= 0) {
				continue;
			}
			var language = ofTag(range.getRange());
			if (language.isPresent()) {
				return language;
			}
		}
		return Optional.empty();
	}

	/** The official language of a locale, or English. */
	public static Language of(@Nullable Locale locale) {
		return ofLocale(locale).orElse(DEFAULT);
	}

}
