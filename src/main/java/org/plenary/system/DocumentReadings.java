package org.plenary.system;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The documents being read for each person: at most {@link #AT_ONCE} at a time; one more
 * is refused at once with {@link TooManyReadings} (429) rather than queued. Each reading
 * is itself bounded in pages, characters and time by {@link DocumentText.Limits}.
 */
@Component
public class DocumentReadings {

	/** Documents one person may have read at the same time. */
	public static final int AT_ONCE = 2;

	private final ConcurrentHashMap<String, Integer> reading = new ConcurrentHashMap<>();

	/** A file's text, read for a person within the limits of a document. */
	public String text(byte[] content, String fileName, String reader) {
		return during(reader, () -> DocumentText.text(content, fileName));
	}

	/**
	 * Work on a person's document (reading it, extracting from it), counted as theirs.
	 */
	public <T> T during(String reader, Supplier<T> work) {
		var refused = new boolean[1];
		this.reading.compute(reader, (who, count) -> {
			int now = count == null ? 0 : count;
			if (now >= AT_ONCE) {
				refused[0] = true;
				return count;
			}
			return now + 1;
		});
		if (refused[0]) {
			throw new TooManyReadings(AT_ONCE);
		}
		try {
			return work.get();
		}
		finally {
			this.reading.computeIfPresent(reader, (who, count) -> count <= 1 ? null : count - 1);
		}
	}

	/** How many of a person's documents are being read now. */
	public int readingFor(String reader) {
		return this.reading.getOrDefault(reader, 0);
	}

}
