package org.plenary.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword the first administrator's password on an empty database; random
 * (and logged once) when blank
 * @param maxFailedSignIns failed sign-ins on one account from one client address that
 * refuse that address for the account during the lock-out
 * @param maxFailedSignInsPerAddress failed sign-ins from one client address, whatever the
 * accounts, that refuse the address during the lock-out
 * @param maxFailedSignInsPerAccount failed sign-ins on one account from all addresses
 * that lock the account for the lock-out (or until an administrator unlocks it)
 * @param lockOut the window in which failures are counted, and how long a lock lasts
 */
@ConfigurationProperties("plenary.identity")
record IdentitySettings(@Nullable String adminPassword, int maxFailedSignIns, int maxFailedSignInsPerAddress,
		int maxFailedSignInsPerAccount, Duration lockOut) {

	IdentitySettings {
		if (maxFailedSignIns < 1 || maxFailedSignInsPerAddress < maxFailedSignIns
				|| maxFailedSignInsPerAccount < maxFailedSignIns) {
			throw new IllegalArgumentException("plenary.identity.max-failed-sign-ins must be at least 1, and those per "
					+ "address and per account at least as many");
		}
	}

}
