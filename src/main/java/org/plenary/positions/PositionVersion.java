package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A position as stated on a day; never changed (a change is the next version). */
@Entity
@Table(name = "positions_position_version")
class PositionVersion {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int number;

	@Column(name = "stance_id")
	private @Nullable UUID stanceId;

	@Column(name = "statement_text")
	private @Nullable String text;

	@Column(name = "session_number", nullable = false)
	private int session;

	@Enumerated(EnumType.STRING)
	@Column(name = "source_kind", nullable = false)
	private SourceKind sourceKind;

	@Column(name = "source_reference")
	private @Nullable String sourceReference;

	@Column(name = "stated_on", nullable = false)
	private LocalDate statedOn;

	@Column(nullable = false)
	private boolean published;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected PositionVersion() {
	}

	PositionVersion(int number, StatePosition stated, String recordedBy, Instant recordedAt) {
		this.id = UUID.randomUUID();
		this.number = number;
		this.stanceId = stated.stance();
		this.text = stated.text();
		this.session = stated.session();
		this.sourceKind = stated.sourceKind();
		this.sourceReference = stated.sourceReference();
		this.statedOn = stated.statedOn();
		this.published = stated.published();
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	int number() {
		return this.number;
	}

	int session() {
		return this.session;
	}

	LocalDate statedOn() {
		return this.statedOn;
	}

	boolean isPublished() {
		return this.published;
	}

	@Nullable UUID stanceId() {
		return this.stanceId;
	}

	PositionVersionView toView(@Nullable String stanceLabel) {
		return new PositionVersionView(this.number, this.stanceId, stanceLabel, this.text, this.session,
				this.sourceKind, this.sourceReference, this.statedOn, this.published, this.recordedAt);
	}

}
