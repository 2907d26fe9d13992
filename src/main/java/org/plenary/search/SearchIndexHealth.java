package org.plenary.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * The index as the operator sees it: up when it answers a query (the embedded Lucene
 * index or OpenSearch), and how many published things it does not hold yet — the indexing
 * lag, which the start-up catch-up and each commit bring back to zero.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth extends AbstractHealthIndicator implements MeterBinder {

	private final Search search;

	private final SearchEntryRepository entries;

	SearchIndexHealth(Search search, SearchEntryRepository entries) {
		super("The search index could not be queried");
		this.search = search;
		this.entries = entries;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		health.up().withDetail("indexed", this.search.indexed());
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("plenary.search.indexing.lag", this, SearchIndexHealth::lag)
			.description("Published things stored for search but not yet in the index")
			.register(registry);
	}

	/** Entries in the table that the index lacks; never below zero. */
	long lag() {
		// Rows first: an entry stored meanwhile raises the index's count, never the
		// rows'.
		long rows = this.entries.count();
		return Math.max(0, rows - this.search.indexed());
	}

}
