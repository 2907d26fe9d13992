package org.plenary.speakers;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegation's written statement: whose, from which file, its text, and whether it is
 * published (once the delegation has spoken).
 */
public record StatementView(UUID inscription, String delegation, String speaker, String fileName, String text,
		Instant attachedAt, boolean published) {
}
