package org.plenary.system;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every page's frame needs to speak its language, as {@code @languages} in
 * templates: the six languages for the switcher, the page's own, and the address of the
 * page to come back to once another is picked.
 */
@Component("languages")
public class LanguagePages {

	public List<Language> all() {
		return Language.all();
	}

	/** The language of the page being written. */
	public Language current() {
		return Language.of(LocaleContextHolder.getLocale());
	}

	public Language of(Locale locale) {
		return Language.of(locale);
	}

	/**
	 * A session's number as the page's language writes it before "session": 81st, 81e,
	 * 81º, 81-я; Arabic and Chinese messages carry the number in their own words (الدورة
	 * 81, 第81届会议).
	 */
	public String ordinal(int number) {
		return ordinal(current(), number);
	}

	/**
	 * A session's number as a language writes it before "session": 81st, 81e, 81º (as the
	 * Spanish documents print it), 81-я; the number alone in Arabic and Chinese.
	 */
	static String ordinal(Language language, int number) {
		return switch (language) {
			case ENGLISH -> englishOrdinal(number);
			case FRENCH -> number + ((number == 1) ? "re" : "e");
			case SPANISH -> number + "º";
			case RUSSIAN -> number + "-я";
			case ARABIC, CHINESE -> Integer.toString(number);
		};
	}

	/**
	 * A session's number as English and the letters write it: 71 → "71st", 112 → "112th".
	 */
	public static String englishOrdinal(int number) {
		int lastTwo = number % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

	/** The path and query of the page being written, for the switcher to come back to. */
	public String here() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			var request = attributes.getRequest();
			if (!"GET".equals(request.getMethod())) {
				return "/";
			}
			if (request.getAttribute("jakarta.servlet.error.request_uri") instanceof String failed) {
				return failed;
			}
			Object original = request.getAttribute("jakarta.servlet.forward.request_uri");
			String path = (original instanceof String forwarded) ? forwarded : request.getRequestURI();
			Object originalQuery = request.getAttribute("jakarta.servlet.forward.query_string");
			String query = (original instanceof String) ? (String) originalQuery : request.getQueryString();
			return (query == null || query.isEmpty()) ? path : path + "?" + query;
		}
		return "/";
	}

}
