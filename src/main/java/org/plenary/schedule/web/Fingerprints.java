package org.plenary.schedule.web;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.plenary.schedule.MeetingCancelled;
import org.plenary.schedule.MeetingChanged;
import org.plenary.schedule.MeetingScheduled;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The programme fingerprints this instance read lately. An instance trusts one for a
 * second, so that a change made on another instance reaches this one's anonymous readers
 * within a second; a change made here clears them once it is committed, so that it shows
 * at once.
 */
@Component
class Fingerprints {

	static final long TRUSTED_MILLIS = 1000;

	static final int MOST = 256;

	private final ConcurrentHashMap<String, Read> known = new ConcurrentHashMap<>();

	record Read(Optional<String> value, long at) {
	}

	Optional<String> of(String process, Supplier<Optional<String>> read) {
		var now = System.currentTimeMillis();
		var last = this.known.get(process);
		if (last != null && now - last.at() < TRUSTED_MILLIS) {
			return last.value();
		}
		var fresh = new Read(read.get(), now);
		if (this.known.size() > MOST) {
			this.known.clear();
		}
		this.known.put(process, fresh);
		return fresh.value();
	}

	@EventListener
	void on(MeetingScheduled scheduled) {
		clearOnCommit();
	}

	@EventListener
	void on(MeetingChanged changed) {
		clearOnCommit();
	}

	@EventListener
	void on(MeetingCancelled cancelled) {
		clearOnCommit();
	}

	/**
	 * Forgets the fingerprints once the change's transaction commits (at once outside
	 * one). Not a {@code @TransactionalEventListener}: Spring Modulith keeps a
	 * publication in its outbox ({@code event_publication}) for every such listener,
	 * written with the change and marked completed after it — two writes per meeting
	 * changed, 82 on a fresh start's demo programme, to clear a cache.
	 */
	private void clearOnCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Fingerprints.this.known.clear();
				}
			});
		}
		else {
			this.known.clear();
		}
	}

}
