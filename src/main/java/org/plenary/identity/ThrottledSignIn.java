package org.plenary.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signs in with a username and password, for the pages' form and the API's HTTP Basic
 * alike, within the {@link SignInThrottle}'s counts: the count is reserved before the
 * password is checked, a wrong password keeps it, the right one gives it back. Nothing
 * here writes an account through JPA, so parallel attempts meet no optimistic-lock
 * conflict: every count is one atomic statement.
 *
 * <p>
 * A refusal says the same to everyone, whether the password tried was right or not: a
 * guesser learns nothing from it. The owner learns of the failed attempts at the next
 * sign-in that succeeds.
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final SignInAccounts accounts;

	private final SecondFactors secondFactors;

	ThrottledSignIn(DaoAuthenticationProvider passwords, SignInThrottle throttle, SignInAccounts accounts,
			SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.passwords = passwords;
		this.throttle = throttle;
		this.accounts = accounts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var username = authentication.getName();
		if (username == null || username.isBlank()) {
			throw new BadCredentialsException("No username");
		}
		var address = addressOf(authentication);
		var refused = this.throttle.reserve(username, address);
		if (refused != null) {
			throw new TooManySignIns(refused, this.throttle.retryAfter());
		}
		try {
			var signedIn = this.passwords.authenticate(authentication);
			this.throttle.succeeded(username, address);
			if (!isTheSignInForm() && this.secondFactors.isEnrolled(username)) {
				// HTTP Basic has no place for a second code: closed to such an account.
				throw new SecondFactorRequired();
			}
			this.accounts.signedIn(username);
			return signedIn;
		}
		catch (SecondFactorRequired required) {
			throw required;
		}
		catch (BadCredentialsException wrong) {
			this.throttle.failed(username, address);
			this.accounts.failedSignIn(username, this.throttle.accountLimitReached(username));
			throw wrong;
		}
		catch (AuthenticationException notChecked) {
			// Locked or disabled: no password was compared.
			this.throttle.notChecked(username, address);
			throw notChecked;
		}
		catch (RuntimeException failed) {
			this.throttle.notChecked(username, address);
			throw failed;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static boolean isTheSignInForm() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& "POST".equals(attributes.getRequest().getMethod())
				&& (attributes.getRequest().getContextPath() + "/login")
					.equals(attributes.getRequest().getRequestURI());
	}

	private static String addressOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	/** The right password of an account with a second factor, on the API's HTTP Basic. */
	static final class SecondFactorRequired extends AuthenticationException {

		SecondFactorRequired() {
			super("This account signs in with a second factor");
		}

	}

	/**
	 * Refused without a password check: too many failed sign-ins in the window. A
	 * {@link LockedException}, so that both ways in answer as they do for a lock.
	 */
	static final class TooManySignIns extends LockedException {

		private final SignInThrottle.Scope scope;

		private final Duration retryAfter;

		TooManySignIns(SignInThrottle.Scope scope, Duration retryAfter) {
			super("Too many failed sign-ins (" + scope + ")");
			this.scope = scope;
			this.retryAfter = retryAfter;
		}

		/** Whether it is the address that is refused, whatever the account. */
		boolean isAddress() {
			return this.scope == SignInThrottle.Scope.ADDRESS;
		}

		Duration retryAfter() {
			return this.retryAfter;
		}

		static @Nullable TooManySignIns of(Throwable failure) {
			return failure instanceof TooManySignIns tooMany ? tooMany : null;
		}

	}

}
