package org.plenary.correspondence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Picks up, when Plenary starts, the files of batches that were still being read when it
 * stopped: those whose upload is on this instance's disk are read; those nobody read an
 * hour after their upload are reported as lost, to be uploaded again. Nothing stays
 * "waiting" for ever.
 */
@Component
class ImportResumption implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportResumption.class);

	private final ImportBatchRepository batches;

	private final LetterImports imports;

	private final TaskExecutor executor;

	ImportResumption(ImportBatchRepository batches, LetterImports imports, TaskExecutor executor) {
		this.batches = batches;
		this.imports = imports;
		this.executor = executor;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		for (var batch : this.batches.findWithQueuedFiles()) {
			log.info("Resuming the reading of imported batch {}", batch);
			this.executor.execute(() -> this.imports.resume(batch));
		}
	}

}
