package org.plenary.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox: every event a module publishes (a letter circulated, a statement delivered)
 * is kept in Spring Modulith's {@code event_publication} table until each of its
 * listeners has succeeded. Its depth is what is still owed; a depth that keeps growing
 * means a listener (search, the programme) keeps failing.
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	OutboxMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("plenary.outbox.depth", this, OutboxMetrics::depth)
			.description("Events published by a module and not yet handled by all their listeners")
			.register(registry);
	}

	long depth() {
		Long depth = this.jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
				Long.class);
		return depth == null ? 0 : depth;
	}

}
