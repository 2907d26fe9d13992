package org.plenary.mail;

import java.util.List;
import java.util.UUID;

import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.system.Said;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person subscribes to a process: to its letters, to the changes of its
 * programme, to the morning digest. Each person keeps only their own.
 */
@Service
public class Subscriptions {

	private final JdbcClient jdbc;

	private final Processes processes;

	private final AuditTrail audit;

	Subscriptions(JdbcClient jdbc, Processes processes, AuditTrail audit) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.audit = audit;
	}

	/** What someone subscribes to, a line per process. */
	@Transactional(readOnly = true)
	public List<Subscription> of(Actor actor) {
		if (actor.isAnonymous()) {
			return List.of();
		}
		return this.jdbc
			.sql("select process_id, letters, programme, digest from mail_subscription where username = :username")
			.param("username", actor.username())
			.query((rs, n) -> {
				var process = rs.getObject(1, UUID.class);
				var name = this.processes.find(new ProcessId(process)).map((p) -> p.shortName()).orElse("?");
				return new Subscription(process, name, rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4));
			})
			.list();
	}

	/**
	 * Subscribes to what is chosen of a process; nothing chosen ends the subscription.
	 */
	@Transactional
	public List<Subscription> subscribe(ProcessId process, boolean letters, boolean programme, boolean digest,
			Actor actor) {
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, new Said("refusal.action.subscribe", "subscribe"));
		}
		var known = this.processes.process(process);
		this.jdbc.sql("delete from mail_subscription where username = :username and process_id = :process")
			.param("username", actor.username())
			.param("process", process.value())
			.update();
		if (letters || programme || digest) {
			this.jdbc.sql("""
					insert into mail_subscription (username, process_id, letters, programme, digest)
					values (:username, :process, :letters, :programme, :digest)""")
				.param("username", actor.username())
				.param("process", process.value())
				.param("letters", letters)
				.param("programme", programme)
				.param("digest", digest)
				.update();
		}
		this.audit.record(actor, "mail.subscription.changed", "process " + known.shortName(),
				"letters=%s programme=%s digest=%s".formatted(letters, programme, digest));
		return of(actor);
	}

	/** Who receives this of a process: usernames. */
	@Transactional(readOnly = true)
	List<String> subscribers(UUID process, Kind kind) {
		return this.jdbc
			.sql("select username from mail_subscription where process_id = :process and " + kind.column
					+ " order by username")
			.param("process", process)
			.query(String.class)
			.list();
	}

	/** Who asked for the digest, and of which processes. */
	@Transactional(readOnly = true)
	List<Object[]> digests() {
		return this.jdbc.sql("select username, process_id from mail_subscription where digest order by username")
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getObject(2, UUID.class) })
			.list();
	}

	enum Kind {

		LETTERS("letters"), PROGRAMME("programme"), DIGEST("digest");

		private final String column;

		Kind(String column) {
			this.column = column;
		}

	}

}
