package org.plenary.positions;

import java.time.Instant;
import java.util.UUID;

import org.plenary.delegation.SpeakerKind;

import org.jspecify.annotations.Nullable;

/**
 * A proposal as its proposer and the facilitators see it, naming the element it concerns
 * ("Categories of membership, element 2"), with the outcome once decided.
 */
public record ProposalView(UUID id, UUID element, String elementName, int againstRevision, SpeakerKind holderKind,
		String holder, String holderName, ProposedChange change, @Nullable String oldText, @Nullable String newText,
		@Nullable String reason, String proposedBy, Instant proposedAt, ProposalOutcome outcome,
		@Nullable String outcomeReason, @Nullable Instant decidedAt) {
}
