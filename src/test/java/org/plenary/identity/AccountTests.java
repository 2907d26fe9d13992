package org.plenary.identity;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTests {

	static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

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
