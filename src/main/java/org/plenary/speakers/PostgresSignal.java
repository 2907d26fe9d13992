package org.plenary.speakers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, a change to a speakers list is announced to every instance with
 * {@code NOTIFY plenary_speakers, '<meeting>'}; each instance listens on a connection of
 * its own and sends its live views what they have not had. On H2 (one instance) nothing
 * is listened to: changes are delivered in memory.
 */
@Component
class PostgresSignal implements LiveEvents.Signal, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PostgresSignal.class);

	static final String CHANNEL = "plenary_speakers";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final LiveEvents live;

	private volatile boolean running;

	private @org.jspecify.annotations.Nullable Thread listener;

	PostgresSignal(DataSource dataSource, JdbcTemplate jdbc, LiveEvents live) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.live = live;
	}

	@EventListener(ApplicationReadyEvent.class)
	void listenWhenOnPostgres() {
		try (var connection = this.dataSource.getConnection()) {
			if (!connection.isWrapperFor(PGConnection.class)) {
				return;
			}
		}
		catch (SQLException ex) {
			log.warn("Cannot tell which database this is; live events stay on this instance", ex);
			return;
		}
		this.running = true;
		var thread = new Thread(this::listen, "speakers-listen");
		thread.setDaemon(true);
		thread.start();
		this.listener = thread;
		this.live.use(this);
	}

	@Override
	public void changed(UUID meeting) {
		try {
			this.jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, meeting.toString());
		}
		catch (RuntimeException ex) {
			// The instance's own views still get the change; the others at their next
			// one.
			log.warn("Could not announce a change of meeting {} to the other instances", meeting, ex);
			this.live.deliver(meeting);
		}
	}

	/** Listens until the application stops, reconnecting after a lost connection. */
	private void listen() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (var statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				var pg = connection.unwrap(PGConnection.class);
				while (this.running) {
					var notifications = pg.getNotifications(1000);
					if (notifications == null) {
						continue;
					}
					for (var notification : notifications) {
						try {
							this.live.deliver(UUID.fromString(notification.getParameter()));
						}
						catch (RuntimeException ex) {
							log.warn("Could not deliver the change of {}", notification.getParameter(), ex);
						}
					}
				}
			}
			catch (SQLException ex) {
				if (this.running) {
					log.warn("Lost the connection that listens for live events; listening again in a second", ex);
					sleep();
				}
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void destroy() {
		this.running = false;
		var thread = this.listener;
		if (thread != null) {
			thread.interrupt();
		}
	}

}
