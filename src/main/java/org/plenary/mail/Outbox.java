package org.plenary.mail;

import java.io.UnsupportedEncodingException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.system.Language;
import org.plenary.system.Said;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox. Messages are written in the transaction of the change that causes them
 * (nothing is sent for a change that is rolled back, nothing is lost for one that is
 * committed); {@link #deliver} sends what is due. Each instance claims a batch of rows
 * for a while (a lease), with {@code FOR UPDATE SKIP LOCKED} so that two instances never
 * claim the same row, sends them, and marks each sent or schedules its next attempt with
 * an exponential backoff, up to a number of attempts after which the message is failed
 * with the server's answer and waits for an administrator.
 */
@Service
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final int BATCH = 50;

	private static final String COLUMNS = """
			o.id, o.cause, o.recipient, o.recipient_name, o.subject, o.body, o.calendar, o.calendar_method,
			o.attachment_id, a.filename, o.status, o.attempts, o.next_attempt_at, o.last_error, o.created_at,
			o.sent_at from mail_outbox o left join mail_attachment a on a.id = o.attachment_id""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final InternetAddress from;

	private final int maxAttempts;

	private final Duration backoff;

	private final Duration lease;

	private final boolean skipLocked;

	private final ObjectProvider<LetterPdfs> letterPdfs;

	Outbox(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions, Clock clock,
			DataSource dataSource, @Value("${plenary.mail.from:plenary@example.org}") String from,
			@Value("${plenary.mail.from-name:Plenary, United Nations General Assembly}") String fromName,
			@Value("${plenary.mail.max-attempts:8}") int maxAttempts,
			@Value("${plenary.mail.backoff:PT30S}") Duration backoff,
			@Value("${plenary.mail.lease:PT5M}") Duration lease, ObjectProvider<LetterPdfs> letterPdfs)
			throws UnsupportedEncodingException {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.from = new InternetAddress(new EmailAddress(from).value(), fromName, "UTF-8");
		this.maxAttempts = maxAttempts;
		this.backoff = backoff;
		this.lease = lease;
		this.skipLocked = supportsSkipLocked(dataSource);
		this.letterPdfs = letterPdfs;
	}

	/** The address messages come from, and the ORGANIZER of invitations. */
	InternetAddress from() {
		return this.from;
	}

	/** Stores an attachment once, for every message that carries it. */
	@Transactional
	UUID attach(String filename, String contentType, byte[] content) {
		return attach(filename, contentType, content, null);
	}

	/**
	 * Stores an attachment that a message carries before {@code next}: the files of a
	 * message, the first named by the message, each naming the one after it.
	 */
	UUID attach(String filename, String contentType, byte[] content, @Nullable UUID next) {
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into mail_attachment (id, filename, content_type, content, next_id) "
					+ "values (:id, :filename, :type, :content, :next)")
			.param("id", id)
			.param("filename", filename)
			.param("type", contentType)
			.param("content", content)
			.param("next", next)
			.update();
		return id;
	}

	/**
	 * Stores a circulated letter's PDF in a language as an attachment that a message
	 * carries before {@code next}, to be rendered when a message first needs its bytes
	 * (sent, or opened by an administrator), not in the transaction that circulates the
	 * letter. A circulated letter no longer changes (a correction is a new letter), so
	 * the PDF is the one its circulation would have rendered.
	 */
	UUID attachLetter(String filename, UUID letter, Language language, @Nullable UUID next) {
		var id = UUID.randomUUID();
		this.jdbc
			.sql("insert into mail_attachment (id, filename, content_type, letter_id, language, next_id) "
					+ "values (:id, :filename, 'application/pdf', :letter, :language, :next)")
			.param("id", id)
			.param("filename", filename)
			.param("letter", letter)
			.param("language", language.tag())
			.param("next", next)
			.update();
		return id;
	}

	/** Writes a message, in the transaction of the change that causes it. */
	@Transactional
	void queue(NewMessage message) {
		queueAll(List.of(message));
	}

	/**
	 * Writes messages in one batch of statements, in the transaction of the change that
	 * causes them.
	 */
	@Transactional
	void queueAll(List<NewMessage> messages) {
		var now = now();
		this.batch.batchUpdate("""
				insert into mail_outbox (id, cause, recipient, recipient_name, subject, body, calendar, calendar_method,
				    attachment_id, status, attempts, next_attempt_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)""",
				messages.stream()
					.map((m) -> new Object[] { UUID.randomUUID(), m.cause(), m.recipient().value(),
							oneLine(m.recipientName(), 300), oneLine(m.subject(), 1000), m.body(), m.calendar(),
							m.calendarMethod(), m.attachment(), now, now })
					.toList());
	}

	/** The messages of the outbox, the newest first, for the administrator. */
	@Transactional(readOnly = true)
	public List<OutboxMessage> messages(@Nullable OutboxStatus status, int limit, Actor actor) {
		requireAdministrator(actor);
		return this.jdbc
			.sql("select " + COLUMNS + (status == null ? "" : " where o.status = :status")
					+ " order by o.created_at desc, o.id limit :limit")
			.param("status", status == null ? "" : status.name())
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query(Outbox::message)
			.list();
	}

	/** Every message of one cause, the oldest first. */
	@Transactional(readOnly = true)
	List<OutboxMessage> ofCause(String cause) {
		return this.jdbc.sql("select " + COLUMNS + " where o.cause = :cause order by o.created_at, o.id")
			.param("cause", cause)
			.query(Outbox::message)
			.list();
	}

	/** An attachment by its id. */
	@Transactional(readOnly = true)
	Attachment attachmentById(UUID id) {
		return attachment(id);
	}

	/** How many messages wait, were sent and failed, for the administrator. */
	@Transactional(readOnly = true)
	public Delivery totals(Actor actor) {
		requireAdministrator(actor);
		return delivery(null);
	}

	/** One message, for the administrator. */
	@Transactional(readOnly = true)
	public OutboxMessage message(UUID id, Actor actor) {
		requireAdministrator(actor);
		return find(id);
	}

	/**
	 * The attachment of a message (its filename, type and bytes), for the administrator.
	 */
	@Transactional(readOnly = true)
	public Attachment attachment(UUID message, Actor actor) {
		requireAdministrator(actor);
		var found = find(message);
		if (found.attachment() == null) {
			throw new MailRefusal(HttpStatus.NOT_FOUND, new Said("refusal.title.noAttachment", "No attachment"),
					new Said("refusal.mail.noAttachment", "Message " + message + " carries no attachment.", message));
		}
		return attachment(found.attachment());
	}

	/**
	 * Queues a failed (or waiting) message again, at once, with its attempts counted
	 * anew.
	 */
	@Transactional
	public OutboxMessage retry(UUID id, Actor actor) {
		requireAdministrator(actor);
		var found = find(id);
		if (found.status() == OutboxStatus.SENT) {
			throw new MailRefusal(HttpStatus.CONFLICT, new Said("refusal.title.alreadySent", "Already sent"),
					new Said("refusal.mail.alreadySent",
							"Message " + id + " was accepted by the mail server; it is not sent twice.", id));
		}
		this.jdbc.sql("""
				update mail_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = :now, claimed_until = null
				where id = :id and status <> 'SENT'""").param("now", now()).param("id", id).update();
		return find(id);
	}

	/** What became of the messages of one cause: a letter, a meeting. */
	@Transactional(readOnly = true)
	public Delivery delivery(@Nullable String cause) {
		var counts = new HashMap<String, Integer>();
		this.jdbc
			.sql("select status, count(*) from mail_outbox" + (cause == null ? "" : " where cause = :cause")
					+ " group by status")
			.param("cause", cause == null ? "" : cause)
			.query((ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		return new Delivery(counts.getOrDefault("QUEUED", 0), counts.getOrDefault("SENT", 0),
				counts.getOrDefault("FAILED", 0));
	}

	/** Sends what is due now; see {@link #deliver(JavaMailSender, String, Instant)}. */
	public int deliver(JavaMailSender sender) {
		return deliver(sender, null, now().toInstant());
	}

	/**
	 * Sends the messages due at the given time (of one cause only, when given) in
	 * batches, until none is left that this instance may claim. Returns how many the
	 * server accepted.
	 */
	int deliver(JavaMailSender sender, @Nullable String cause, Instant asOf) {
		int sent = 0;
		while (true) {
			var batch = claim(cause, asOf);
			if (batch.isEmpty()) {
				return sent;
			}
			sent += send(sender, batch);
		}
	}

	private List<OutboxMessage> claim(@Nullable String cause, Instant asOf) {
		var at = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
		var claimed = this.transaction.execute((status) -> {
			var ids = this.jdbc
				.sql("select id from mail_outbox where status = 'QUEUED' and next_attempt_at <= :at"
						+ " and (claimed_until is null or claimed_until < :at)"
						+ (cause == null ? "" : " and cause = :cause") + " order by next_attempt_at, id limit " + BATCH
						+ (this.skipLocked ? " for update skip locked" : " for update"))
				.param("at", at)
				.param("cause", cause == null ? "" : cause)
				.query(UUID.class)
				.list();
			if (!ids.isEmpty()) {
				this.jdbc.sql("update mail_outbox set claimed_until = :until where id in (:ids)")
					.param("until", at.plus(this.lease))
					.param("ids", ids)
					.update();
			}
			return ids;
		});
		if (claimed == null || claimed.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " where o.id in (:ids) order by o.next_attempt_at, o.id")
			.param("ids", claimed)
			.query(Outbox::message)
			.list();
	}

	/**
	 * Sends a batch over one connection; JavaMail reports each message it could not send,
	 * with the server's answer.
	 */
	private int send(JavaMailSender sender, List<OutboxMessage> batch) {
		var byMime = new HashMap<Object, OutboxMessage>();
		var mimes = new ArrayList<MimeMessage>();
		Map<Object, Exception> failures = new HashMap<>();
		var attachments = new HashMap<UUID, Attachment>();
		for (var message : batch) {
			try {
				var mime = sender.createMimeMessage();
				MimeMessages.write(mime, message, this.from, (id) -> attachments.computeIfAbsent(id, this::attachment));
				byMime.put(mime, message);
				mimes.add(mime);
			}
			catch (MessagingException | RuntimeException ex) {
				failures.put(message, ex);
			}
		}
		try {
			if (!mimes.isEmpty()) {
				sender.send(mimes.toArray(MimeMessage[]::new));
			}
		}
		catch (MailSendException ex) {
			failures.putAll(ex.getFailedMessages());
			if (ex.getFailedMessages().isEmpty()) {
				mimes.forEach((m) -> failures.put(m, ex));
			}
		}
		catch (RuntimeException ex) {
			mimes.forEach((m) -> failures.put(m, ex));
		}
		var now = now();
		var sent = new ArrayList<UUID>();
		var mimeOf = new HashMap<UUID, MimeMessage>();
		byMime.forEach((mime, message) -> mimeOf.put(message.id(), (MimeMessage) mime));
		for (var message : batch) {
			var mime = mimeOf.get(message.id());
			var failure = failures.containsKey(message) ? failures.get(message)
					: mime == null ? null : failures.get(mime);
			if (failure == null) {
				sent.add(message.id());
			}
			else {
				failed(message, failure, now);
			}
		}
		if (!sent.isEmpty()) {
			this.jdbc.sql("""
					update mail_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1,
					claimed_until = null, last_error = null where id in (:ids)""")
				.param("now", now)
				.param("ids", sent)
				.update();
		}
		return sent.size();
	}

	private void failed(OutboxMessage message, Exception failure, OffsetDateTime now) {
		int attempts = message.attempts() + 1;
		var wait = this.backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
		if (wait.compareTo(Duration.ofHours(1)) > 0) {
			wait = Duration.ofHours(1);
		}
		var answer = answer(failure);
		log.warn("Mail to {} not sent (attempt {}): {}", message.recipient(), attempts, answer);
		this.jdbc.sql("""
				update mail_outbox set attempts = :attempts, status = :status, next_attempt_at = :next,
				claimed_until = null, last_error = :error where id = :id""")
			.param("attempts", attempts)
			.param("status", attempts >= this.maxAttempts ? "FAILED" : "QUEUED")
			.param("next", now.plus(wait))
			.param("error", answer.length() > 2000 ? answer.substring(0, 2000) : answer)
			.param("id", message.id())
			.update();
	}

	/** The server's answer, or what stopped the message before it reached one. */
	private static String answer(Throwable failure) {
		var text = new StringBuilder();
		for (Throwable t = failure; t != null && text.length() < 2000; t = t.getCause()) {
			if (t.getMessage() != null && text.indexOf(t.getMessage()) < 0) {
				text.append(text.isEmpty() ? "" : " — ").append(t.getMessage().strip());
			}
			if (t instanceof MessagingException messaging && messaging.getNextException() != null
					&& messaging.getNextException() != t.getCause()) {
				var next = messaging.getNextException().getMessage();
				if (next != null && text.indexOf(next) < 0) {
					text.append(" — ").append(next.strip());
				}
			}
		}
		return text.isEmpty() ? failure.getClass().getSimpleName() : text.toString();
	}

	private OutboxMessage find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " where o.id = :id")
			.param("id", id)
			.query(Outbox::message)
			.optional()
			.orElseThrow(() -> new MailRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchMessage", "No such message"),
					new Said("refusal.mail.noSuchMessage", "There is no message " + id + " in the outbox.", id)));
	}

	private Attachment attachment(UUID id) {
		var found = this.jdbc
			.sql("select filename, content_type, content, next_id, letter_id, language from mail_attachment "
					+ "where id = :id")
			.param("id", id)
			.query((rs,
					n) -> new Stored(new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3),
							rs.getObject(4, UUID.class)), rs.getObject(5, UUID.class), rs.getString(6)))
			.single();
		if (found.attachment().content() != null) {
			return found.attachment();
		}
		// A letter's PDF, rendered at its first need and kept (in a transaction of its
		// own: this one may be read-only); another instance that rendered it first wins.
		var language = Language.ofTag(found.language()).orElse(Language.DEFAULT);
		var content = this.letterPdfs.getObject().pdf(found.letter(), language);
		var rendered = new TransactionTemplate(this.transaction.getTransactionManager());
		rendered.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		rendered.executeWithoutResult((status) -> this.jdbc
			.sql("update mail_attachment set content = :content where id = :id and content is null")
			.param("content", content)
			.param("id", id)
			.update());
		var attachment = found.attachment();
		return new Attachment(attachment.filename(), attachment.contentType(), content, attachment.next());
	}

	/** An attachment as stored: a letter's PDF without its bytes until first needed. */
	private record Stored(Attachment attachment, @Nullable UUID letter, @Nullable String language) {
	}

	private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
		return new OutboxMessage(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, UUID.class),
				rs.getString(10), OutboxStatus.valueOf(rs.getString(11)), rs.getInt(12), instant(rs, 13),
				rs.getString(14), instant(rs, 15), rs.getObject(16) == null ? null : instant(rs, 16));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static void requireAdministrator(Actor actor) {
		if (!actor.isAdministrator()) {
			throw new NotPermitted(actor, new Said("refusal.action.readOutbox", "read the outbox"));
		}
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** A header's text on one line, cut to what the column holds. */
	static String oneLine(String text, int max) {
		var line = text.replaceAll("[\\r\\n\\t\\u0000-\\u001f]+", " ").strip();
		return line.length() > max ? line.substring(0, max - 1) + "…" : line;
	}

	private static boolean supportsSkipLocked(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			var product = connection.getMetaData().getDatabaseProductName();
			return product.toLowerCase().contains("postgres") || product.toLowerCase().contains("h2");
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * An attachment: its filename, type and bytes, and the next file of its message, if
	 * any.
	 */
	public record Attachment(String filename, String contentType, byte[] content, @Nullable UUID next) {

		ByteArrayResource resource() {
			return new ByteArrayResource(this.content);
		}

	}

}
