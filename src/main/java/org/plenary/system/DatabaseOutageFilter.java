package org.plenary.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Outside every other filter (the sign-in session is itself read from the database): when
 * the database is away, answers 503 with a plain "not saved" — problem details on the
 * API, a short page elsewhere that needs nothing from the database — instead of a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException failure) {
			if (!DatabaseOutage.explains(failure) || response.isCommitted()) {
				throw failure;
			}
			log.warn("The database could not be reached for {} {}: {}", request.getMethod(), request.getRequestURI(),
					failure.toString());
			notSaved(request, response);
		}
	}

	private static void notSaved(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "5");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Database unreachable\",\"status\":503,\"detail\":\""
						+ DatabaseOutage.NOT_SAVED + "\"}");
			return;
		}
		// After a form, back to the page that sent it, if it is one of ours.
		var referer = request.getHeader("Referer");
		var ours = request.getScheme() + "://" + request.getServerName();
		var back = !"GET".equals(request.getMethod()) && referer != null && referer.startsWith(ours) ? referer
				: request.getRequestURI();
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>Not saved — Plenary</title>
				<meta name="viewport" content="width=device-width, initial-scale=1"></head>
				<body><main><h1>Not saved</h1><p role="alert">%s</p>
				<p><a href="%s">Back to the page</a></p></main></body></html>
				""".formatted(HtmlUtils.htmlEscape(DatabaseOutage.NOT_SAVED), HtmlUtils.htmlEscape(back)));
	}

}
