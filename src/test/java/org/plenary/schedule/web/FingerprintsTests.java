package org.plenary.schedule.web;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.process.ProcessId;
import org.plenary.schedule.MeetingChanged;
import org.plenary.schedule.MeetingId;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fingerprint read is trusted for a second; a change made here clears it once its
 * transaction commits, not before (a reader meanwhile would keep the old one) and not if
 * it rolls back.
 */
class FingerprintsTests {

	private final Fingerprints fingerprints = new Fingerprints();

	private final MeetingChanged changed = new MeetingChanged(new MeetingId(UUID.randomUUID()),
			new ProcessId(UUID.randomUUID()), "moved");

	@AfterEach
	void endTheTransaction() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clearSynchronization();
		}
		TransactionSynchronizationManager.setActualTransactionActive(false);
	}

	@Test
	void forgetsWhatItReadOnceTheChangeCommits() {
		assertThat(this.fingerprints.of("ign", () -> Optional.of("before"))).contains("before");
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);

		this.fingerprints.on(this.changed);
		assertThat(this.fingerprints.of("ign", () -> Optional.of("after"))).as("before the commit").contains("before");

		TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
		assertThat(this.fingerprints.of("ign", () -> Optional.of("after"))).as("after the commit").contains("after");
	}

	@Test
	void keepsWhatItReadWhenTheChangeRollsBack() {
		assertThat(this.fingerprints.of("ign", () -> Optional.of("before"))).contains("before");
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);

		this.fingerprints.on(this.changed);
		TransactionSynchronizationManager.getSynchronizations()
			.forEach((s) -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		assertThat(this.fingerprints.of("ign", () -> Optional.of("after"))).contains("before");
	}

	@Test
	void forgetsAtOnceOutsideATransaction() {
		assertThat(this.fingerprints.of("ign", () -> Optional.of("before"))).contains("before");
		this.fingerprints.on(this.changed);
		assertThat(this.fingerprints.of("ign", () -> Optional.of("after"))).contains("after");
	}

}
