package org.plenary.identity;

import java.time.Clock;
import java.util.List;

import java.sql.Timestamp;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Connects accounts to Spring Security: loads an account for sign-in (with its lock),
 * counts failed sign-ins and clears them on success, each with one statement. Pages and
 * the API's HTTP Basic sign in through the same accounts and the same lock.
 */
@Component
class SignInAccounts implements UserDetailsService {

	private final AccountRepository accounts;

	private final IdentitySettings settings;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	SignInAccounts(AccountRepository accounts, IdentitySettings settings, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		var account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		var authorities = account.grants()
			.stream()
			.map((g) -> new SimpleGrantedAuthority("ROLE_" + g.role().name()))
			.distinct()
			.toList();
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(this.clock.instant()))
			.authorities(authorities.isEmpty() ? List.of(new SimpleGrantedAuthority("ROLE_SIGNED_IN")) : authorities)
			.build();
	}

	/**
	 * The actor for a signed-in username, read afresh so that a changed grant takes
	 * effect at the next request.
	 */
	@Transactional(readOnly = true)
	Actor actorFor(String username) {
		return this.accounts.findByUsernameIgnoreCase(username)
			.filter(Account::isEnabled)
			.map(Account::toActor)
			.orElseGet(Actor::anonymous);
	}

	/**
	 * Counts a wrong password on the account, if there is one, with one statement (no
	 * read-modify-write that parallel attempts could lose), and locks it when its own
	 * count over all addresses is reached.
	 */
	void failedSignIn(String username, boolean lock) {
		SignInThrottle.retrying(() -> {
			countFailure(username, lock);
			return null;
		});
	}

	private void countFailure(String username, boolean lock) {
		if (lock) {
			this.jdbc.update(
					"update identity_account set failed_sign_ins = failed_sign_ins + 1, locked_until = ? where lower(username) = ?",
					Timestamp.from(this.clock.instant().plus(this.settings.lockOut())),
					username.trim().toLowerCase(Locale.ROOT));
		}
		else {
			this.jdbc.update(
					"update identity_account set failed_sign_ins = failed_sign_ins + 1 where lower(username) = ?",
					username.trim().toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * A sign-in succeeded: the failed attempts since the last one are told to the owner
	 * (and to no one else), then forgotten.
	 */
	void signedIn(String username) {
		SignInThrottle.retrying(() -> {
			recordSignIn(username);
			return null;
		});
	}

	private void recordSignIn(String username) {
		var name = username.trim().toLowerCase(Locale.ROOT);
		var failures = this.jdbc.query("select failed_sign_ins from identity_account where lower(username) = ?",
				(row, n) -> row.getInt(1), name);
		if (failures.isEmpty() || failures.get(0) == 0) {
			// Nothing to forget: no write, so that the API's HTTP Basic, which signs in
			// on
			// every request, does not contend for the account's row.
			return;
		}
		this.jdbc.update(
				"update identity_account set failed_sign_ins = 0, locked_until = null where lower(username) = ?", name);
		if (RequestContextHolder.getRequestAttributes() != null) {
			RequestContextHolder.getRequestAttributes()
				.setAttribute(FAILED_SIGN_INS, failures.get(0), RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** The request attribute that holds the failed sign-ins before a successful one. */
	static final String FAILED_SIGN_INS = SignInAccounts.class.getName() + ".failedSignIns";

}
