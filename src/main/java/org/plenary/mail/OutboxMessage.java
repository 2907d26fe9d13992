package org.plenary.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as the administrator's page and the API show it: queued
 * (waiting, or waiting for its next attempt), sent, or failed with the server's answer.
 */
public record OutboxMessage(UUID id, String cause, String recipient, String recipientName, String subject, String body,
		@Nullable String calendar, @Nullable String calendarMethod, @Nullable UUID attachment,
		@Nullable String attachmentName, OutboxStatus status, int attempts, Instant nextAttemptAt,
		@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
}
