package org.plenary.identity;

import java.time.Clock;

import org.plenary.system.Said;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who changed what and when. Every door that writes records here, inside its own
 * transaction, so an entry exists exactly when the change it describes was saved. Only
 * administrators read it.
 */
@Service
public class AuditTrail {

	static final int PAGE_SIZE = 50;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * Records that the actor did something to a subject ("process IGN", "group G4").
	 * Joins the caller's transaction and refuses to run without one, so the entry and the
	 * change commit or roll back together.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String action, String subject, @Nullable String detail) {
		this.entries.save(new AuditEntry(this.clock.instant(), actor.username(), action, subject, detail));
	}

	/**
	 * The newest entries first, optionally only those whose subject contains the given
	 * words.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> entries(@Nullable String subject, int page, Actor actor) {
		if (!actor.isAdministrator()) {
			throw new NotPermitted(actor, new Said("refusal.action.readAuditTrail", "read the audit trail"));
		}
		var request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		var found = (subject == null || subject.isBlank()) ? this.entries.findAllByOrderByOccurredAtDesc(request)
				: this.entries.findBySubjectContainingIgnoreCaseOrderByOccurredAtDesc(subject.trim(), request);
		return found.map(AuditEntry::toView);
	}

}
