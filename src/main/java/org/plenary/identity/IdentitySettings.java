package org.plenary.identity;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminPassword the first administrator's password on an empty database; random
 * (and logged once) when blank
 * @param maxFailedSignIns failed sign-ins in a row that lock an account
 * @param lockOut how long a locked account stays locked
 */
@ConfigurationProperties("plenary.identity")
record IdentitySettings(@Nullable String adminPassword, int maxFailedSignIns, Duration lockOut) {

	IdentitySettings {
		if (maxFailedSignIns < 1) {
			throw new IllegalArgumentException("plenary.identity.max-failed-sign-ins must be at least 1");
		}
	}

}
