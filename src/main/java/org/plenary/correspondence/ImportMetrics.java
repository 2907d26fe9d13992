package org.plenary.correspondence;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * For the operator: how many uploaded folders still have letters waiting to be read, on
 * every instance (read from the database at each scrape).
 */
@Component
class ImportMetrics implements MeterBinder {

	private final ImportBatchRepository batches;

	ImportMetrics(ImportBatchRepository batches) {
		this.batches = batches;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("plenary.imports.in.progress", this.batches, ImportBatchRepository::countWithQueuedFiles)
			.description("Imports of letters with files still waiting to be read")
			.register(registry);
	}

}
