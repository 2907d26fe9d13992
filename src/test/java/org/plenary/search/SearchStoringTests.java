package org.plenary.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catch-up after a start and the listeners store the same entries at once: each is
 * stored once, and the database is never asked to insert it twice (which it refuses, and
 * logs).
 */
@PlenaryIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SearchStoringTests {

	@Autowired
	SearchIndexing indexing;

	@Autowired
	SearchEntryRepository entries;

	@Test
	void anEntryStoredFromTwoThreadsAtOnceIsStoredOnceWithoutARefusedInsert(CapturedOutput output) throws Exception {
		var ids = new ArrayList<UUID>();
		var pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				var id = UUID.randomUUID();
				ids.add(id);
				var start = new CountDownLatch(1);
				var done = new ArrayList<java.util.concurrent.Future<?>>();
				for (int thread = 0; thread < 2; thread++) {
					done.add(pool.submit(() -> {
						start.await();
						this.indexing.store(new SearchEntry(id, SearchKind.LETTER, "Letter of 3 March 2031",
								"We write to you.", "/letters/" + id, null, null, Instant.now()));
						return null;
					}));
				}
				start.countDown();
				for (var future : done) {
					future.get();
				}
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(this.entries.findAllById(ids)).hasSize(20);
		assertThat(output.getAll()).doesNotContain("search_entry(id)");
	}

}
