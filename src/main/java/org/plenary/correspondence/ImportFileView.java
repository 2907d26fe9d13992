package org.plenary.correspondence;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as the batch lists it: its name and size, where it stands, the reason
 * a person reads (why it failed, what to check), and the letter it became.
 */
public record ImportFileView(UUID id, UUID batch, int position, String fileName, long sizeBytes, ImportStatus status,
		@Nullable String reason, @Nullable LetterId letter, @Nullable Instant readAt, @Nullable Instant storedAt) {
}
