package org.plenary.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database, so that every instance behind a load balancer
 * counts the same. An attempt reserves its count on the account from its address before
 * its password is checked, with one {@code UPDATE} that only succeeds below the limit:
 * sixty guesses at once get five checks, not sixty. A successful sign-in starts that
 * count again.
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
	 * Lets an attempt go on to the password check, or names the count whose limit is
	 * reached. The attempt reserves one count on the account from this address (the count
	 * that bounds guessing one password), atomically: of sixty parallel guesses, five go
	 * on. The wider counts (the address, the account) are only read here and counted
	 * after a failure, so that many right passwords at once from one address — a
	 * delegation's floor behind one gateway at the opening of a list — are never refused
	 * for the moment they are in flight.
	 */
	Scope reserve(String username, String address) {
		return retrying(() -> reserveOnce(username, address));
	}

	private Scope reserveOnce(String username, String address) {
		var name = normalised(username);
		if (limitReached(Scope.ADDRESS, address, this.settings.maxFailedSignInsPerAddress())) {
			return Scope.ADDRESS;
		}
		if (limitReached(Scope.ACCOUNT, name, this.settings.maxFailedSignInsPerAccount())) {
			return Scope.ACCOUNT;
		}
		if (!reserve(Scope.ACCOUNT_FROM_ADDRESS, fromAddress(name, address), this.settings.maxFailedSignIns())) {
			return Scope.ACCOUNT_FROM_ADDRESS;
		}
		return null;
	}

	/** A wrong password or code: it counts for the address and the account as well. */
	void failed(String username, String address) {
		retrying(() -> reserve(Scope.ADDRESS, address, Integer.MAX_VALUE));
		retrying(() -> reserve(Scope.ACCOUNT, normalised(username), Integer.MAX_VALUE));
	}

	/**
	 * After the right password: the count of the account from this address starts again.
	 */
	void succeeded(String username, String address) {
		retrying(() -> this.jdbc.update("delete from identity_sign_in_throttle where scope = ? and subject = ?",
				Scope.ACCOUNT_FROM_ADDRESS.name(), fromAddress(normalised(username), address)));
	}

	/**
	 * An attempt that checked no password (an account locked or disabled) counts for
	 * nothing.
	 */
	void notChecked(String username, String address) {
		retrying(() -> {
			giveBack(Scope.ACCOUNT_FROM_ADDRESS, fromAddress(normalised(username), address));
			return null;
		});
	}

	/**
	 * Runs a count again when the database refused it for a concurrent change of the same
	 * row (H2 says so where PostgreSQL waits): parallel attempts are what this class is
	 * for, and none of them may fail for it.
	 */
	static <T> T retrying(java.util.function.Supplier<T> count) {
		for (int attempt = 1;; attempt++) {
			try {
				return count.get();
			}
			catch (TransientDataAccessException concurrent) {
				if (attempt >= 20) {
					throw concurrent;
				}
				try {
					Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt));
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw concurrent;
				}
			}
		}
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

	/**
	 * The accounts refused from some address now, in one query for a whole list of
	 * accounts (the administrator's list of accounts asks for all of them).
	 */
	java.util.Set<String> refusedFromSomeAddress() {
		var subjects = this.jdbc.queryForList(
				"select subject from identity_sign_in_throttle where scope = ? and failures >= ? and window_ends > ?",
				String.class, Scope.ACCOUNT_FROM_ADDRESS.name(), this.settings.maxFailedSignIns(),
				Timestamp.from(now()));
		var names = new java.util.HashSet<String>();
		for (var subject : subjects) {
			int space = subject.lastIndexOf(' ');
			names.add(space < 0 ? subject : subject.substring(0, space));
		}
		return names;
	}

	/** Whether the account, as the list of {@link #refusedFromSomeAddress()} names it. */
	static boolean isAmong(java.util.Set<String> refused, String username) {
		return refused.contains(normalised(username));
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
		for (int attempt = 0; attempt < 20; attempt++) {
			var now = Timestamp.from(now());
			var windowEnds = Timestamp.from(now().plus(this.settings.lockOut()));
			// One statement: a window that has ended starts again with this attempt; an
			// open
			// one takes it only below the limit. The database locks the row for the
			// update,
			// so no two attempts take the same count.
			var reserved = this.jdbc.update("""
					update identity_sign_in_throttle
					set failures = case when window_ends <= ? then 1 else failures + 1 end,
					    window_ends = case when window_ends <= ? then ? else window_ends end
					where scope = ? and subject = ? and (window_ends <= ? or failures < ?)""", now, now, windowEnds,
					scope.name(), subject, now, limit);
			if (reserved == 1) {
				return true;
			}
			var counts = this.jdbc.query(
					"select failures, window_ends from identity_sign_in_throttle where scope = ? and subject = ?",
					(row, n) -> row.getInt(1) >= limit && row.getTimestamp(2).after(now), scope.name(), subject);
			if (counts.isEmpty()) {
				try {
					this.jdbc.update(
							"insert into identity_sign_in_throttle (scope, subject, failures, window_ends) values (?, ?, 1, ?)",
							scope.name(), subject, windowEnds);
					return true;
				}
				catch (DuplicateKeyException another) {
					// Another attempt made the row in the meantime: take a count in it.
					continue;
				}
			}
			if (counts.get(0)) {
				return false;
			}
			// The row changed between the update and the read (another attempt deleted or
			// reset it): try again.
		}
		return false;
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

	private Instant now() {
		return this.clock.instant();
	}

	private static String normalised(String username) {
		var name = username.trim().toLowerCase(Locale.ROOT);
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

	/** The subject of the count of one account from one address. */
	private static String fromAddress(String name, String address) {
		return name + " " + address;
	}

	private static String likePrefix(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
