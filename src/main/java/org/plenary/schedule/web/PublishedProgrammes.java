package org.plenary.schedule.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.LanguageChoice;
import org.plenary.process.ProcessId;
import org.plenary.schedule.Programme;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the public programme of work and its calendar feed from bytes rendered once for
 * each state of the programme. When a letter goes out, every delegation opens the same
 * page at once; rendering it for each of them is wasted work. The key is the programme's
 * fingerprint, read from the database on every request, so that a change made on any
 * instance reaches every instance's anonymous readers within a second (an instance trusts
 * a fingerprint it read for that long). Only anonymous readers are served this way: a
 * signed-in person's page carries their name and their forms, and the secretariat sees
 * its changes at once.
 */
class PublishedProgrammes extends OncePerRequestFilter {

	static final Pattern PAGE = Pattern.compile("/processes/([a-z0-9-]+)/programme");

	static final Pattern FEED = Pattern.compile("/api/processes/([0-9a-f-]{36})/calendar\\.ics");

	/** States kept: a few for each process that readers are opening. */
	static final int ENTRIES = 256;

	private final Programme programme;

	private final Fingerprints fingerprints;

	private final LanguageChoice languages;

	private final Map<String, Rendered> rendered = new LinkedHashMap<>(ENTRIES, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
			return size() > ENTRIES;
		}
	};

	PublishedProgrammes(Programme programme, Fingerprints fingerprints, LanguageChoice languages) {
		this.programme = programme;
		this.fingerprints = fingerprints;
		this.languages = languages;
	}

	record Rendered(String contentType, @Nullable String etag, @Nullable String lastModified, byte[] body) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var key = keyOf(request);
		if (key.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		Rendered hit;
		synchronized (this.rendered) {
			hit = this.rendered.get(key.get());
		}
		if (hit != null && !wantsRevalidation(request, hit)) {
			response.setContentType(hit.contentType());
			if (hit.etag() != null) {
				response.setHeader("ETag", hit.etag());
			}
			if (hit.lastModified() != null) {
				response.setHeader("Last-Modified", hit.lastModified());
			}
			response.setHeader("Cache-Control", "no-cache");
			response.setContentLength(hit.body().length);
			response.getOutputStream().write(hit.body());
			return;
		}
		var capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		if (capture.getStatus() == HttpServletResponse.SC_OK && capture.getContentType() != null) {
			var fresh = new Rendered(capture.getContentType(), capture.getHeader("ETag"),
					capture.getHeader("Last-Modified"), capture.getContentAsByteArray());
			synchronized (this.rendered) {
				this.rendered.put(key.get(), fresh);
			}
		}
		capture.copyBodyToResponse();
	}

	/** A conditional request goes to the controller, which answers 304 itself. */
	private static boolean wantsRevalidation(HttpServletRequest request, Rendered hit) {
		return request.getHeader("If-None-Match") != null || request.getHeader("If-Modified-Since") != null;
	}

	private Optional<String> keyOf(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || !isAnonymous()) {
			return Optional.empty();
		}
		var path = request.getRequestURI().substring(request.getContextPath().length());
		var query = request.getQueryString();
		var page = PAGE.matcher(path);
		if (page.matches() && (query == null || query.matches("session=\\d{1,3}"))) {
			// The page's language as it will be written: a visitor's pick (the
			// language cookie) before the browser's.
			var language = this.languages.language(request);
			return this.fingerprints.of("slug " + page.group(1), () -> this.programme.fingerprint(page.group(1)))
				.map((print) -> "page " + path + "?" + query + " " + language.tag() + " " + print);
		}
		var feed = FEED.matcher(path);
		if (feed.matches() && query == null) {
			// The calendar client's language, as the feed takes it (CalendarController).
			var language = CalendarController.clientsLanguage(request.getHeader("Accept-Language"));
			return this.fingerprints
				.of("id " + feed.group(1), () -> this.programme.fingerprint(ProcessId.of(feed.group(1))))
				.map((print) -> "feed " + language.tag() + " " + print);
		}
		return Optional.empty();
	}

	private static boolean isAnonymous() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * After Spring Security, so that the reader is known and the security headers are
		 * written.
		 */
		@Bean
		FilterRegistrationBean<PublishedProgrammes> publishedProgrammes(Programme programme, Fingerprints fingerprints,
				LanguageChoice languages) {
			var registration = new FilterRegistrationBean<>(
					new PublishedProgrammes(programme, fingerprints, languages));
			registration.addUrlPatterns("/processes/*", "/api/processes/*");
			registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
			return registration;
		}

	}

}
