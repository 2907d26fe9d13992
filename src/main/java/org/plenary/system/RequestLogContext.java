package org.plenary.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the request and the actor into every log line written while a request is served
 * (the logging context, MDC): {@code http.request.id} — the proxy's {@code X-Request-Id}
 * when it is a plain token, a new one otherwise, returned in the response — and
 * {@code user.name}, the signed-in account. With JSON logs
 * ({@code logging.structured.format.console=ecs}) they are fields of each line.
 */
final class RequestLogContext {

	static final String REQUEST_ID = "http.request.id";

	static final String ACTOR = "user.name";

	static final String HEADER = "X-Request-Id";

	/** What a request id from outside may be: nothing that could forge a log line. */
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private RequestLogContext() {
	}

	/** First of all filters: every line about the request carries its id. */
	@Component
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static class RequestIdFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var given = request.getHeader(HEADER);
			var id = given != null && PLAIN.matcher(given).matches() ? given : UUID.randomUUID().toString();
			response.setHeader(HEADER, id);
			MDC.put(REQUEST_ID, id);
			try {
				chain.doFilter(request, response);
			}
			finally {
				MDC.remove(REQUEST_ID);
			}
		}

	}

	/** Right after Spring Security has read who is asking. */
	@Component
	@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
	static class ActorFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !authentication.isAuthenticated()) {
				chain.doFilter(request, response);
				return;
			}
			MDC.put(ACTOR, authentication.getName());
			try {
				chain.doFilter(request, response);
			}
			finally {
				MDC.remove(ACTOR);
			}
		}

	}

}
