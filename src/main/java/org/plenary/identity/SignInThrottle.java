package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database, so that every instance behind a load balancer
 * counts the same. An attempt reserves its count before its password is checked, with one
 * {@code UPDATE} that only succeeds below the limit: sixty guesses at once get five
 * checks, not sixty. A successful sign-in gives its reservation back.
 *
 * <p>
 * Three counts, each in a window as long as the lock-out: an account from one address
 * (the guesser at one address is stopped without locking the owner out elsewhere), one
 * address over all accounts (one address trying many accounts), and one account over all
 * addresses (guessing spread over many addresses, which locks the account until it
 * expires or an administrator unlocks it).
 */
@Component
class SignInThrottle {

	enum Scope {

		/** One account from one client address. */
		ACCOUNT_FROM_ADDRESS,

		/** One client address, whatever the account. */
		ADDRESS,

		/** One account, whatever the address. */
		ACCOUNT

	}

	private final JdbcTemplate jdbc;

	private final IdentitySettings settings;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, IdentitySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Reserves one attempt in each count, or none: the scope whose limit is reached, or
	 * {@code null} when the attempt may go on to the password check.
	 */
	Scope reserve(String username, String address) {
		var name = normalised(username);
		// The narrowest count first: parallel guesses at one account from one address
		// stop
		// there, without filling the address's count for a moment.
		if (!reserve(Scope.ACCOUNT_FROM_ADDRESS, name + " " + address, this.settings.maxFailedSignIns())) {
			return Scope.ACCOUNT_FROM_ADDRESS;
		}
		if (!reserve(Scope.ADDRESS, address, this.settings.maxFailedSignInsPerAddress())) {
			giveBack(Scope.ACCOUNT_FROM_ADDRESS, name + " " + address);
			return Scope.ADDRESS;
		}
		if (!reserve(Scope.ACCOUNT, name, this.settings.maxFailedSignInsPerAccount())) {
			giveBack(Scope.ADDRESS, address);
			giveBack(Scope.ACCOUNT_FROM_ADDRESS, name + " " + address);
			return Scope.ACCOUNT;
		}
		return null;
	}

	/**
	 * After the right password: the attempt's reservations are given back, and the count
	 * of the account from this address starts again.
	 */
	void succeeded(String username, String address) {
		var name = normalised(username);
		giveBack(Scope.ADDRESS, address);
		giveBack(Scope.ACCOUNT, name);
		this.jdbc.update("delete from identity_sign_in_throttle where scope = ? and subject = ?",
				Scope.ACCOUNT_FROM_ADDRESS.name(), name + " " + address);
	}

	/**
	 * An attempt that checked no password (an account locked or disabled) counts for
	 * nothing.
	 */
	void notChecked(String username, String address) {
		var name = normalised(username);
		giveBack(Scope.ADDRESS, address);
		giveBack(Scope.ACCOUNT, name);
		giveBack(Scope.ACCOUNT_FROM_ADDRESS, name + " " + address);
	}

	/** Whether the account's own count has reached its limit now. */
	boolean accountLimitReached(String username) {
		return limitReached(Scope.ACCOUNT, normalised(username), this.settings.maxFailedSignInsPerAccount());
	}

	/** Whether the account is refused from at least one address now. */
	boolean refusedFromSomeAddress(String username) {
		var count = this.jdbc.queryForObject(
				"select count(*) from identity_sign_in_throttle where scope = ? and subject like ? and failures >= ? "
						+ "and window_ends > ?",
				Integer.class, Scope.ACCOUNT_FROM_ADDRESS.name(), likePrefix(normalised(username) + " "),
				this.settings.maxFailedSignIns(), Timestamp.from(now()));
		return count != null && count > 0;
	}

	/** Forgets every count of the account: an administrator unlocked it. */
	void forget(String username) {
		var name = normalised(username);
		this.jdbc.update(
				"delete from identity_sign_in_throttle where (scope = ? and subject = ?) "
						+ "or (scope = ? and subject like ?)",
				Scope.ACCOUNT.name(), name, Scope.ACCOUNT_FROM_ADDRESS.name(), likePrefix(name + " "));
	}

	/** The time until the window of a count ends, for a {@code Retry-After}. */
	Duration retryAfter() {
		return this.settings.lockOut();
	}

	private boolean reserve(Scope scope, String subject, int limit) {
		var now = Timestamp.from(now());
		var windowEnds = Timestamp.from(now().plus(this.settings.lockOut()));
		// One statement: a window that has ended starts again with this attempt; an open
		// one
		// takes it only below the limit. The database locks the row for the update, so no
		// two attempts read the same count.
		var reserved = this.jdbc.update("""
				update identity_sign_in_throttle
				set failures = case when window_ends <= ? then 1 else failures + 1 end,
				    window_ends = case when window_ends <= ? then ? else window_ends end
				where scope = ? and subject = ? and (window_ends <= ? or failures < ?)""", now, now, windowEnds,
				scope.name(), subject, now, limit);
		if (reserved == 1) {
			return true;
		}
		if (exists(scope, subject)) {
			return false;
		}
		try {
			this.jdbc.update(
					"insert into identity_sign_in_throttle (scope, subject, failures, window_ends) values (?, ?, 1, ?)",
					scope.name(), subject, windowEnds);
			return true;
		}
		catch (DuplicateKeyException another) {
			// Another attempt made the row in the meantime: take a count in it as well.
			return reserve(scope, subject, limit);
		}
	}

	private void giveBack(Scope scope, String subject) {
		this.jdbc.update(
				"update identity_sign_in_throttle set failures = failures - 1 where scope = ? and subject = ? and failures > 0",
				scope.name(), subject);
	}

	private boolean limitReached(Scope scope, String subject, int limit) {
		var count = this.jdbc
			.queryForObject(
					"select count(*) from identity_sign_in_throttle where scope = ? and subject = ? and failures >= ? "
							+ "and window_ends > ?",
					Integer.class, scope.name(), subject, limit, Timestamp.from(now()));
		return count != null && count > 0;
	}

	private boolean exists(Scope scope, String subject) {
		var count = this.jdbc.queryForObject(
				"select count(*) from identity_sign_in_throttle where scope = ? and subject = ?", Integer.class,
				scope.name(), subject);
		return count != null && count > 0;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String normalised(String username) {
		var name = username.trim().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	private static String likePrefix(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
