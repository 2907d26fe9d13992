package org.plenary.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.schedule.Programme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The worker: every few seconds (one thread per instance) it sends what the outbox holds,
 * when a mail server is configured ({@code spring.mail.host}); without one, messages stay
 * queued and the administrator's page shows them. From 7:00 in New York it writes the
 * morning digest of the day's journal for those who asked for it — once, even with
 * several instances (the day is recorded with the messages, under a primary key).
 */
@Component
class MailWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

	private static final LocalTime MORNING = LocalTime.of(7, 0);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	private final Subscriptions subscriptions;

	private final Addresses addresses;

	private final Programme programme;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Duration poll;

	private @Nullable ScheduledExecutorService ticker;

	private @Nullable LocalDate digested;

	MailWorker(Outbox outbox, ObjectProvider<JavaMailSender> sender, Subscriptions subscriptions, Addresses addresses,
			Programme programme, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${plenary.mail.poll:PT10S}") Duration poll) {
		this.transaction = new TransactionTemplate(transactions);
		this.outbox = outbox;
		this.sender = sender;
		this.subscriptions = subscriptions;
		this.addresses = addresses;
		this.programme = programme;
		this.jdbc = jdbc;
		this.clock = clock;
		this.poll = poll;
	}

	@Override
	public synchronized void start() {
		var thread = Executors.newSingleThreadScheduledExecutor((task) -> {
			var t = new Thread(task, "mail-worker");
			t.setDaemon(true);
			return t;
		});
		thread.scheduleWithFixedDelay(this::tick, this.poll.toMillis(), this.poll.toMillis(), TimeUnit.MILLISECONDS);
		this.ticker = thread;
	}

	@Override
	public synchronized void stop() {
		if (this.ticker != null) {
			this.ticker.shutdownNow();
			this.ticker = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.ticker != null;
	}

	private void tick() {
		try {
			morning();
			var mailSender = this.sender.getIfAvailable();
			if (mailSender != null) {
				int sent = this.outbox.deliver(mailSender);
				if (sent > 0) {
					log.info("Mail: {} message(s) sent", sent);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Mail: the outbox could not be served; next round in a moment", ex);
		}
	}

	private void morning() {
		var now = ZonedDateTime.now(this.clock.withZone(ZoneId.of("America/New_York")));
		var today = now.toLocalDate();
		if (now.toLocalTime().isBefore(MORNING) || today.equals(this.digested)) {
			return;
		}
		try {
			digest(today);
		}
		catch (DuplicateKeyException alreadyWritten) {
			// Another instance (or this one, before a restart) wrote it.
		}
		this.digested = today;
	}

	/**
	 * Writes the digest of a day to each person who asked for it: the day's meetings of
	 * the processes they chose, if any. Refused (a duplicate key) when the day's digest
	 * was written already.
	 */
	int digest(LocalDate day) {
		var written = this.transaction.execute((status) -> writeDigest(day));
		return written == null ? 0 : written;
	}

	private int writeDigest(LocalDate day) {
		this.jdbc.sql("insert into mail_digest (digest_day) values (:day)").param("day", day).update();
		var byPerson = new LinkedHashMap<String, List<UUID>>();
		for (var row : this.subscriptions.digests()) {
			byPerson.computeIfAbsent((String) row[0], (k) -> new ArrayList<>()).add((UUID) row[1]);
		}
		var addressOf = this.addresses.ownAddresses(List.copyOf(byPerson.keySet()));
		var journal = this.programme.journal(day);
		int written = 0;
		for (var person : byPerson.entrySet()) {
			var address = addressOf.get(person.getKey());
			var meetings = journal.stream().filter((m) -> person.getValue().contains(m.process().value())).toList();
			if (address == null || meetings.isEmpty()) {
				continue;
			}
			this.outbox.queue(NewMessage.text("digest:" + day, new EmailAddress(address), person.getKey(),
					"Plenary: the journal of " + day, ProgrammeMail.journal(day, meetings)));
			written++;
		}
		return written;
	}

}
