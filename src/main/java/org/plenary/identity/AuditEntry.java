package org.plenary.identity;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail: who did what to which record, and when. Never changed once
 * written.
 */
@Entity
@Table(name = "identity_audit_entry")
class AuditEntry implements Persistable<UUID> {

	@Id
	private UUID id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String subject;

	private @Nullable String detail;

	@SuppressWarnings("NullAway.Init")
	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String subject, @Nullable String detail) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subject = truncate(subject, 200);
		this.detail = detail == null ? null : truncate(detail, 2000);
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	AuditEntryView toView() {
		return new AuditEntryView(this.occurredAt, this.actor, this.action, this.subject, this.detail);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	/**
	 * Always new: an entry is never changed once written, so saving one inserts it
	 * without first reading its id back (a merge).
	 */
	@Override
	public boolean isNew() {
		return true;
	}

}
