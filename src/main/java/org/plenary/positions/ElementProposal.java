package org.plenary.positions;

import java.time.Instant;
import java.util.UUID;

import org.plenary.delegation.SpeakerKind;
import org.plenary.system.Said;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A delegation's (or group's) proposal to change an element — words to add, delete or
 * replace, with its reason — and the facilitators' answer, once, with theirs.
 */
@Entity
@Table(name = "positions_element_proposal")
class ElementProposal {

	@Id
	private UUID id;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Column(nullable = false)
	private UUID lineage;

	@Column(name = "against_number", nullable = false)
	private int againstNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "holder_kind", nullable = false)
	private SpeakerKind holderKind;

	@Column(nullable = false)
	private String holder;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_kind", nullable = false)
	private ProposedChange change;

	@Column(name = "old_text")
	private @Nullable String oldText;

	@Column(name = "new_text")
	private @Nullable String newText;

	private @Nullable String reason;

	@Column(name = "proposed_by", nullable = false)
	private String proposedBy;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProposalOutcome outcome;

	@Column(name = "outcome_reason")
	private @Nullable String outcomeReason;

	@Column(name = "decided_by")
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Version
	private long version;

	protected ElementProposal() {
	}

	ElementProposal(UUID processId, UUID lineage, int againstNumber, SpeakerKind holderKind, String holder,
			ProposeChange proposed, String proposedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.processId = processId;
		this.lineage = lineage;
		this.againstNumber = againstNumber;
		this.holderKind = holderKind;
		this.holder = holder;
		this.change = proposed.change();
		this.oldText = proposed.oldText();
		this.newText = proposed.newText();
		this.reason = proposed.reason();
		this.proposedBy = proposedBy;
		this.proposedAt = now;
		this.outcome = ProposalOutcome.PENDING;
	}

	/** Records the answer; refuses a second one (409). */
	void decide(boolean accepted, @Nullable String reason, String decidedBy, Instant now) {
		if (this.outcome != ProposalOutcome.PENDING) {
			throw new ElementsRefusal(HttpStatus.CONFLICT,
					new Said("refusal.title.answeredAlready", "Answered already"),
					new Said("refusal.positions.answeredOn",
							"This proposal was answered on %s.".formatted(this.decidedAt),
							java.time.LocalDate.ofInstant(this.decidedAt, java.time.ZoneOffset.UTC)));
		}
		this.outcome = accepted ? ProposalOutcome.ACCEPTED : ProposalOutcome.NOT_ACCEPTED;
		this.outcomeReason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = now;
	}

	/** The element's text with this change made; refuses when the words are not in it. */
	String applyTo(String text) {
		return switch (this.change) {
			case ADD -> text.strip() + " " + this.newText;
			case DELETE -> {
				requireIn(text);
				yield text.replace(this.oldText, "").replaceAll("\\s{2,}", " ").strip();
			}
			case REPLACE -> {
				requireIn(text);
				yield text.replace(this.oldText, this.newText);
			}
		};
	}

	private void requireIn(String text) {
		if (this.oldText == null || !text.contains(this.oldText)) {
			throw new ElementsRefusal(HttpStatus.CONFLICT, new Said("refusal.title.wordsNotFound", "Words not found"),
					new Said("refusal.positions.wordsGone",
							"The words \"%s\" are no longer in the element of the draft.".formatted(this.oldText),
							this.oldText));
		}
	}

	UUID id() {
		return this.id;
	}

	UUID processId() {
		return this.processId;
	}

	UUID lineage() {
		return this.lineage;
	}

	SpeakerKind holderKind() {
		return this.holderKind;
	}

	String holder() {
		return this.holder;
	}

	ProposalView toView(String holderName, String elementName) {
		return new ProposalView(this.id, this.lineage, elementName, this.againstNumber, this.holderKind, this.holder,
				holderName, this.change, this.oldText, this.newText, this.reason, this.proposedBy, this.proposedAt,
				this.outcome, this.outcomeReason, this.decidedAt);
	}

	int againstNumber() {
		return this.againstNumber;
	}

	boolean isPending() {
		return this.outcome == ProposalOutcome.PENDING;
	}

}
