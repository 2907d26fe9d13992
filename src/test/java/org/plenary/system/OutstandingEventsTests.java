package org.plenary.system;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event a listener had not handled when Plenary stopped is handed to it again after
 * the next start's readiness; one published since the start is left to the listener it is
 * already on its way to.
 */
@PlenaryIntegrationTest
class OutstandingEventsTests {

	@Autowired
	OutstandingEvents outstanding;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationContext context;

	@Test
	void handsAnEventLeftOverFromBeforeTheStartToItsListenerAgain() throws Exception {
		var started = Instant.ofEpochMilli(this.context.getStartupDate());
		// The demo data's positions, each indexed for search once stated: one of them
		// again, as if search had not handled it before the last stop.
		var leftOver = outstanding(started.minus(Duration.ofHours(1)));
		var sinceTheStart = outstanding(started.plus(Duration.ofDays(3650)));

		this.outstanding.resubmit();

		var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!completed(leftOver) && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(completed(leftOver)).as("handed to its listener again").isTrue();
		assertThat(completed(sinceTheStart)).as("left alone").isFalse();
		this.jdbc.update("delete from event_publication where id = ?", sinceTheStart);
	}

	/**
	 * A copy of a handled position event, not yet handled, published at the time given.
	 */
	private UUID outstanding(Instant published) {
		var id = UUID.randomUUID();
		int copied = this.jdbc.update("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				    completion_attempts)
				select ?, listener_id, event_type, serialized_event, ?, 'PUBLISHED', 0 from event_publication
				where listener_id like '%SearchIndexing.on(org.plenary.positions.PositionStated)'
				and completion_date is not null
				order by publication_date limit 1""", id, Timestamp.from(published));
		assertThat(copied).as("a handled position event of the demo data").isOne();
		return id;
	}

	private boolean completed(UUID publication) {
		return this.jdbc.queryForObject("select completion_date is not null from event_publication where id = ?",
				Boolean.class, publication);
	}

}
