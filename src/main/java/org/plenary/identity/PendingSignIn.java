package org.plenary.identity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A sign-in whose password was right, waiting for the second factor: held in the session
 * for five minutes, and signed in by nothing until the code is right too.
 */
public final class PendingSignIn {

	static final Duration VALID_FOR = Duration.ofMinutes(5);

	private static final String ATTRIBUTE = PendingSignIn.class.getName();

	private static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private PendingSignIn() {
	}

	private record Held(Authentication authentication, Instant since) implements Serializable {
	}

	/** Takes the sign-in back out of the session's security context, and holds it. */
	static void hold(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		var empty = SecurityContextHolder.createEmptyContext();
		SecurityContextHolder.clearContext();
		CONTEXTS.saveContext(empty, request, response);
		request.getSession().setAttribute(ATTRIBUTE, new Held(authentication, Instant.now()));
	}

	/** The username waiting for its second factor in this session, if any still is. */
	public static Optional<String> username(HttpServletRequest request) {
		return held(request).map((held) -> held.authentication().getName());
	}

	/** The code was right: the session is signed in, under a new session id. */
	public static void complete(HttpServletRequest request, HttpServletResponse response) {
		var held = held(request).orElseThrow(() -> new IllegalStateException("No sign-in is waiting"));
		abandon(request);
		request.changeSessionId();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(held.authentication());
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

	/** Forgets the waiting sign-in: too many wrong codes, or the person gave up. */
	public static void abandon(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	private static Optional<Held> held(HttpServletRequest request) {
		var session = request.getSession(false);
		if (session != null && session.getAttribute(ATTRIBUTE) instanceof Held held) {
			if (held.since().plus(VALID_FOR).isAfter(Instant.now())) {
				return Optional.of(held);
			}
			session.removeAttribute(ATTRIBUTE);
		}
		return Optional.empty();
	}

}
