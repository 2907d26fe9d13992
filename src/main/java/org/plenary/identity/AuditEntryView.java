package org.plenary.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail as administrators read it.
 */
public record AuditEntryView(Instant occurredAt, String actor, String action, String subject, @Nullable String detail) {

	/** When it happened, in UTC, as the audit page shows it. */
	public java.time.LocalDateTime occurredAtUtc() {
		return java.time.LocalDateTime.ofInstant(this.occurredAt, java.time.ZoneOffset.UTC);
	}

}
