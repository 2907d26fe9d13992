package org.plenary.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTests {

	static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

	static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

	@Test
	void locksAfterTheAllowedNumberOfFailedSignIns() {
		var account = new Account("mexico", "Delegate of Mexico", "{noop}x", NOW);
		for (int i = 0; i < 4; i++) {
			account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);
		}
		assertThat(account.isLockedAt(NOW)).isFalse();
		account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);
		assertThat(account.isLockedAt(NOW)).isTrue();
		assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
	}

	@Test
	void unlocksItselfWhenTheLockOutIsOver() {
		var account = new Account("mexico", "Delegate of Mexico", "{noop}x", NOW);
		for (int i = 0; i < 5; i++) {
			account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);
		}
		assertThat(account.isLockedAt(NOW.plus(FIFTEEN_MINUTES))).isFalse();
	}

	@Test
	void aSuccessfulSignInForgetsEarlierFailures() {
		var account = new Account("mexico", "Delegate of Mexico", "{noop}x", NOW);
		for (int i = 0; i < 4; i++) {
			account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);
		}
		account.recordSignIn();
		account.recordFailedSignIn(NOW, 5, FIFTEEN_MINUTES);
		assertThat(account.isLockedAt(NOW)).isFalse();
	}

	@Test
	void grantsARoleOnceAndRevokesIt() {
		var account = new Account("mexico", "Delegate of Mexico", "{noop}x", NOW);
		assertThat(account.grant(Grant.delegateOf("MEX"))).isTrue();
		assertThat(account.grant(Grant.delegateOf("MEX"))).isFalse();
		assertThat(account.toActor().actsFor("MEX")).isTrue();
		assertThat(account.revoke(Grant.delegateOf("MEX"))).isTrue();
		assertThat(account.toActor().actsFor("MEX")).isFalse();
	}

}
