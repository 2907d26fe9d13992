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
