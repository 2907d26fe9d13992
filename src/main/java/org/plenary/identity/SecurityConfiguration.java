package org.plenary.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.plenary.system.DatabaseOutage;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two ways in. The JSON API under {@code /api} takes HTTP Basic for scripts, keeps no
 * session and answers 401 and 403 as problem details. Pages sign in with a form, keep the
 * session in the database, and carry a CSRF token on every form. Both read freely what is
 * published; every write needs a signed-in account, and the doors decide who may do what.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: behaviour comes from static files and htmx
	 * attributes.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The browsable API page (Swagger UI), which sets styles inline; it alone may. */
	static final RequestMatcher API_BROWSER = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/api-docs"));

	static final String API_BROWSER_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
			"style-src 'self' 'unsafe-inline'");

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt today, and able to read any hash a later, stronger default writes.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The one way to check a password, for the form and HTTP Basic alike: within the
	 * throttle's counts.
	 */
	@Bean
	ThrottledSignIn signIn(SignInAccounts accounts, SignInThrottle throttle, PasswordEncoder encoder,
			SecondFactors secondFactors) {
		var passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		return new ThrottledSignIn(passwords, throttle, accounts, secondFactors);
	}

	/**
	 * The operator's endpoints: health and its probes for anyone (the load balancer, the
	 * orchestrator), the rest — metrics — for an administrator with HTTP Basic, as a
	 * Prometheus scrape sends it.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain operations(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole(Role.ADMINISTRATOR.name()))
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, failure) -> problem(json, response,
					HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic as an administrator.")))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response,
					denied) -> problem(json, response, HttpStatus.FORBIDDEN, "You may not do this.")));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, failure) -> {
				if (DatabaseOutage.explains(failure)) {
					// The account could not be read: not a wrong password.
					response.setHeader("Retry-After", "5");
					problem(json, response, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.NOT_SAVED);
					return;
				}
				var tooMany = ThrottledSignIn.TooManySignIns.of(failure);
				if (tooMany != null && tooMany.isAddress()) {
					response.setHeader("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
					problem(json, response, HttpStatus.TOO_MANY_REQUESTS,
							"Too many failed sign-ins from this address; try again later.");
					return;
				}
				if (failure instanceof ThrottledSignIn.SecondFactorRequired) {
					problem(json, response, HttpStatus.UNAUTHORIZED,
							"This account signs in with a second factor, on the pages only: HTTP Basic is closed to it.");
					return;
				}
				problem(json, response, HttpStatus.UNAUTHORIZED,
						failure instanceof LockedException
								? "This account is locked after repeated failed sign-ins; try again later."
								: "Sign in with HTTP Basic to use this route.");
			}))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No session cookie on the API, so there is nothing for a cross-site request
			// to ride on.
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler((request, response,
					denied) -> problem(json, response, HttpStatus.FORBIDDEN, "You may not do this.")))
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SecondFactors secondFactors) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasRole(Role.ADMINISTRATOR.name())
			.requestMatchers("/account/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers("/error", "/login/second-factor")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/language")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler((request, response, authentication) -> signedIn(request, response, authentication,
						secondFactors))
				.failureHandler(SecurityConfiguration::signInFailed)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.headers((headers) -> headers
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_BROWSER,
						new ContentSecurityPolicyHeaderWriter(API_BROWSER_POLICY)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_BROWSER),
						new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Goes where the person was going, telling the owner (and only the owner, who has
	 * just given the right password) of the failed sign-ins since the last one.
	 */
	private static void signedIn(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.Authentication authentication, SecondFactors secondFactors)
			throws IOException, ServletException {
		if (secondFactors.isEnrolled(authentication.getName())) {
			// The password was right; the session is signed in only once the code is too.
			PendingSignIn.hold(authentication, request, response);
			response.sendRedirect(request.getContextPath() + "/login/second-factor");
			return;
		}
		if (request.getAttribute(SignInAccounts.FAILED_SIGN_INS) instanceof Integer failures) {
			var flash = new FlashMap();
			flash.put("failedSignIns", failures);
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		}
		new SavedRequestAwareAuthenticationSuccessHandler().onAuthenticationSuccess(request, response, authentication);
	}

	private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.core.AuthenticationException failure) throws IOException {
		var tooMany = ThrottledSignIn.TooManySignIns.of(failure);
		response.sendRedirect(request.getContextPath()
				+ ((tooMany != null && tooMany.isAddress()) ? "/login?throttled" : failure instanceof LockedException
						? "/login?locked" : DatabaseOutage.explains(failure) ? "/login?unavailable" : "/login?error"));
	}

	private static void problem(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Plenary\"");
		}
		json.writeValue(response.getOutputStream(), problem);
	}

	@Bean
	WebMvcConfigurer actorArguments(SignInAccounts accounts) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new ActorArgumentResolver(accounts));
			}
		};
	}

	@Bean
	ApplicationRunner firstAdministrator(Accounts accounts) {
		return (arguments) -> accounts.openFirstAdministrator();
	}

}
