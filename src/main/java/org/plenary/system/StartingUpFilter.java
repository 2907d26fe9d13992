package org.plenary.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web server listens before the application is ready: the start-up tasks (the first
 * administrator's account, the demo data) are still running, and a request would be
 * answered as if they were done — a 401 for an account not yet opened, an empty
 * programme. Until readiness is {@code ACCEPTING_TRAFFIC}, and again while shutting down,
 * every request but the health probes gets 503 with {@code Retry-After}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingUpFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(StartingUpFilter.class);

	/** Seconds a client is asked to wait before trying again. */
	static final String RETRY_AFTER = "2";

	static final String STARTING = "Plenary is starting up or shutting down; try again in a moment.";

	private final ApplicationAvailability availability;

	StartingUpFilter(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || isProbe(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", RETRY_AFTER);
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Starting up\",\"status\":503,\"detail\":\"" + STARTING
						+ "\"}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write("""
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>Starting up — Plenary</title>
				<meta name="viewport" content="width=device-width, initial-scale=1"></head>
				<body><main><h1>Starting up</h1><p role="status">%s</p></main></body></html>
				""".formatted(STARTING));
	}

	/** When the gate opens and closes: the end of start-up in the log. */
	@EventListener
	void on(AvailabilityChangeEvent<ReadinessState> change) {
		log.info("Readiness: {}", change.getState());
	}

	/** The load balancer's and the orchestrator's probes: they must see the truth. */
	private static boolean isProbe(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

}
