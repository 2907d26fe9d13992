package org.plenary.positions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.plenary.delegation.SpeakerKind;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A reform model of the Security Council, submitted by a State or a group in a process,
 * with its revisions in the order they were presented. A revision is never changed: a new
 * one is added, presented no earlier than the last.
 */
@Entity
@Table(name = "positions_model")
class ReformModel {

	@Id
	private UUID id;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "submitter_kind", nullable = false)
	private SpeakerKind submitterKind;

	@Column(name = "submitted_by", nullable = false)
	private String submittedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "model_id", nullable = false)
	@OrderBy("number")
	private List<ModelRevision> revisions = new ArrayList<>();

	// Null until saved, so that saving a new one persists it rather than merging it (a
	// read of its id first): Spring Data and Hibernate tell a new aggregate by its
	// missing version.
	@Version
	private @Nullable Long version;

	protected ReformModel() {
	}

	ReformModel(UUID processId, String name, SpeakerKind submitterKind, String submittedBy, NewRevision first,
			String recordedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.processId = processId;
		this.name = name;
		this.submitterKind = submitterKind;
		this.submittedBy = submittedBy;
		this.createdAt = now;
		this.revisions.add(new ModelRevision(1, first, recordedBy, now));
	}

	/**
	 * Adds the model as presented again; refuses one presented before the latest
	 * revision.
	 */
	int revise(NewRevision revision, String recordedBy, Instant now) {
		var latest = latest();
		if (revision.presentedOn().isBefore(latest.presentedOn())) {
			throw new org.plenary.system.InvalidInput("presentedOn",
					"Revision %d was presented on %s; a later revision cannot be presented before it."
						.formatted(latest.number(), latest.presentedOn()));
		}
		int number = latest.number() + 1;
		this.revisions.add(new ModelRevision(number, revision, recordedBy, now));
		return number;
	}

	private ModelRevision latest() {
		return this.revisions.stream().max(Comparator.comparingInt(ModelRevision::number)).orElseThrow();
	}

	UUID id() {
		return this.id;
	}

	UUID processId() {
		return this.processId;
	}

	String name() {
		return this.name;
	}

	SpeakerKind submitterKind() {
		return this.submitterKind;
	}

	String submittedBy() {
		return this.submittedBy;
	}

	List<ModelRevision> revisions() {
		return this.revisions.stream().sorted(Comparator.comparingInt(ModelRevision::number)).toList();
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
