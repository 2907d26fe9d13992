package org.plenary.identity;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.plenary.system.Language;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The official language a page is written in, chosen in this order: the language the
 * person picked with the switcher in this session; for a signed-in person, the language
 * stored on their account; the language cookie the switcher left (a visitor's, or one
 * picked before signing in to an account that has none yet); the best of the six in the
 * browser's {@code Accept-Language}; English.
 */
@Component("localeResolver")
public class LanguageChoice implements LocaleResolver {

	/** The cookie that remembers a visitor's pick for a year. */
	public static final String COOKIE = "plenary-language";

	static final String PICKED = LanguageChoice.class.getName() + ".picked";

	private static final String RESOLVED = LanguageChoice.class.getName() + ".resolved";

	private static final Duration REMEMBERED = Duration.ofDays(365);

	private final Accounts accounts;

	LanguageChoice(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(RESOLVED) instanceof Language resolved) {
			return resolved.pageLocale();
		}
		var language = choose(request);
		request.setAttribute(RESOLVED, language);
		return language.pageLocale();
	}

	/** The language of this request, as {@link #resolveLocale} chooses it. */
	public Language language(HttpServletRequest request) {
		return Language.of(resolveLocale(request));
	}

	private Language choose(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			// The API speaks English to scripts, and asks nothing of the database to do
			// so.
			return Language.DEFAULT;
		}
		var session = request.getSession(false);
		if (session != null && session.getAttribute(PICKED) instanceof String picked) {
			var language = Language.ofTag(picked);
			if (language.isPresent()) {
				return language.get();
			}
		}
		var username = signedIn();
		if (username != null) {
			var stored = storedFor(username);
			if (stored.isPresent()) {
				if (session != null) {
					// Read once a session: the account's language is the person's pick.
					session.setAttribute(PICKED, stored.get().tag());
				}
				return stored.get();
			}
		}
		// A visitor's pick, kept after they sign in until their account has one.
		var remembered = cookie(request);
		if (remembered.isPresent()) {
			return remembered.get();
		}
		return bestOf(request.getHeader("Accept-Language")).orElse(Language.DEFAULT);
	}

	private Optional<Language> storedFor(String username) {
		try {
			return this.accounts.languageOf(username);
		}
		catch (RuntimeException unavailable) {
			// The database is out: the page (an error page, most likely) is still
			// written, in the browser's language.
			return Optional.empty();
		}
	}

	private static Optional<Language> cookie(HttpServletRequest request) {
		var cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return Language.ofTag(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/**
	 * The official language the browser prefers most among those it accepts: {@code
	 * de, fr;q=0.8, en;q=0.5} gives French. Nothing when it accepts none of the six or
	 * the header is not readable.
	 */
	public static Optional<Language> bestOf(@Nullable String acceptLanguage) {
		return Language.bestOf(acceptLanguage);
	}

	private static @Nullable String signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	/**
	 * Remembers a pick: in the session and on the account of a signed-in person, in a
	 * cookie for anyone.
	 */
	public void pick(HttpServletRequest request, HttpServletResponse response, Language language, Actor actor) {
		var session = request.getSession(false);
		if (session != null) {
			session.setAttribute(PICKED, language.tag());
		}
		if (!actor.isAnonymous()) {
			this.accounts.pickLanguage(actor, language);
		}
		var cookie = new Cookie(COOKIE, language.tag());
		cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
		cookie.setMaxAge((int) REMEMBERED.toSeconds());
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
		request.setAttribute(RESOLVED, language);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		request.setAttribute(RESOLVED, Language.of(locale));
	}

}
