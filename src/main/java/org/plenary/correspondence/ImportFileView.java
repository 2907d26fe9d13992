package org.plenary.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as the batch lists it: its name and size, where it stands, the reason
 * a person reads (why it failed, what to check) in English and as a message of the
 * bundles when it has one ({@code reasonCode} with its arguments), and the letter it
 * became.
 */
public record ImportFileView(UUID id, UUID batch, int position, String fileName, long sizeBytes, ImportStatus status,
		@Nullable String reason, @JsonIgnore @Nullable String reasonCode, @JsonIgnore List<String> reasonArguments,
		@Nullable LetterId letter, @Nullable Instant readAt, @Nullable Instant storedAt) {

	/** The reason's message arguments, for a page's {@code #messages.msgWithParams}. */
	@JsonIgnore
	public Object[] reasonParameters() {
		return this.reasonArguments.toArray();
	}

}
