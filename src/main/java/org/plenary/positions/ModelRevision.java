package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A model as it was presented on a day; never changed once recorded (a change is the next
 * revision).
 */
@Entity
@Table(name = "positions_model_revision")
class ModelRevision {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int number;

	private @Nullable String label;

	@Column(name = "presented_on", nullable = false)
	private LocalDate presentedOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "positions_model_seat", joinColumns = @JoinColumn(name = "revision_id"))
	private List<SeatCount> seats = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "new_members_veto", nullable = false)
	private NewMembersVeto newMembersVeto;

	@Enumerated(EnumType.STRING)
	@Column(name = "existing_veto", nullable = false)
	private ExistingVeto existingVeto;

	@Column(name = "veto_proposals")
	private @Nullable String vetoProposals;

	@Column(name = "longer_term_years")
	private @Nullable Integer longerTermYears;

	@Enumerated(EnumType.STRING)
	@Column(name = "re_election", nullable = false)
	private ReElection reElection;

	@Column(name = "review_after_years")
	private @Nullable Integer reviewAfterYears;

	@Column(name = "review_clause")
	private @Nullable String reviewClause;

	@Column(name = "votes_needed")
	private @Nullable Integer votesNeeded;

	private @Nullable String notes;

	private @Nullable String sources;

	private @Nullable String uncertain;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ModelRevision() {
	}

	ModelRevision(int number, NewRevision revision, String recordedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.label = revision.label();
		this.presentedOn = revision.presentedOn();
		this.seats = new ArrayList<>(revision.composition().counts());
		this.newMembersVeto = revision.newMembersVeto();
		this.existingVeto = revision.existingVeto();
		this.vetoProposals = revision.vetoProposals();
		this.longerTermYears = revision.longerTermYears();
		this.reElection = revision.reElection();
		this.reviewAfterYears = revision.reviewAfterYears();
		this.reviewClause = revision.reviewClause();
		this.votesNeeded = revision.votesNeeded();
		this.notes = revision.notes();
		this.sources = revision.sources();
		this.uncertain = revision.uncertain();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	int number() {
		return this.number;
	}

	LocalDate presentedOn() {
		return this.presentedOn;
	}

	ModelRevisionView toView(Membership membership) {
		var composition = Composition.of(this.seats);
		return new ModelRevisionView(this.number, this.label, this.presentedOn, composition.counts(),
				this.newMembersVeto, this.existingVeto, this.vetoProposals, this.longerTermYears, this.reElection,
				this.reviewAfterYears, this.reviewClause, this.votesNeeded, this.notes, this.sources, this.uncertain,
				this.recordedBy, this.recordedAt,
				ModelFigures.of(composition, this.newMembersVeto, this.existingVeto, this.votesNeeded, membership));
	}

}
