package org.plenary.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Each log line written while serving a request names the request and the actor. */
class RequestLogContextTests {

	private final Map<String, String> seen = new HashMap<>();

	private final HttpServlet logs = new HttpServlet() {
		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) {
			RequestLogContextTests.this.seen.putAll(MDC.getCopyOfContextMap());
		}
	};

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void namesTheRequestAndTheSignedInAccountWhileServingItAndForgetsThemAfter() throws Exception {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("mexico-delegate", null,
					List.of(new SimpleGrantedAuthority("ROLE_DELEGATE"))));
		var response = new MockHttpServletResponse();

		new MockFilterChain(this.logs, new RequestLogContext.RequestIdFilter(), new RequestLogContext.ActorFilter())
			.doFilter(new MockHttpServletRequest("GET", "/programme"), response);

		assertThat(this.seen).containsEntry(RequestLogContext.ACTOR, "mexico-delegate")
			.containsEntry(RequestLogContext.REQUEST_ID, response.getHeader("X-Request-Id"));
		assertThat(MDC.get(RequestLogContext.REQUEST_ID)).isNull();
		assertThat(MDC.get(RequestLogContext.ACTOR)).isNull();
	}

	@Test
	void namesNoActorForThePublic() throws Exception {
		new MockFilterChain(this.logs, new RequestLogContext.RequestIdFilter(), new RequestLogContext.ActorFilter())
			.doFilter(new MockHttpServletRequest("GET", "/programme"), new MockHttpServletResponse());

		assertThat(this.seen).containsKey(RequestLogContext.REQUEST_ID).doesNotContainKey(RequestLogContext.ACTOR);
	}

}
