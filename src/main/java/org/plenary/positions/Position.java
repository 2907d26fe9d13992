package org.plenary.positions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.plenary.delegation.SpeakerKind;
import org.plenary.system.InvalidInput;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A delegation's or a group's position on one topic of a process, with every version it
 * has stated: a change adds a version and keeps the earlier one, with its date.
 */
@Entity
@Table(name = "positions_position")
class Position {

	@Id
	private UUID id;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Column(name = "topic_id", nullable = false)
	private UUID topicId;

	@Enumerated(EnumType.STRING)
	@Column(name = "holder_kind", nullable = false)
	private SpeakerKind holderKind;

	@Column(nullable = false)
	private String holder;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "position_id", nullable = false)
	private List<PositionVersion> versions = new ArrayList<>();

	// Null until saved, so that saving a new one persists it rather than merging it (a
	// read of its id first): Spring Data and Hibernate tell a new aggregate by its
	// missing version.
	@Version
	private @Nullable Long version;

	protected Position() {
	}

	Position(UUID processId, UUID topicId, SpeakerKind holderKind, String holder) {
		this.id = UUID.randomUUID();
		this.processId = processId;
		this.topicId = topicId;
		this.holderKind = holderKind;
		this.holder = holder;
	}

	/**
	 * Adds the position as stated now; refuses a statement dated before the current one,
	 * or of an earlier session.
	 */
	int state(StatePosition stated, String recordedBy, Instant now) {
		var latest = this.versions.stream().max(Comparator.comparingInt(PositionVersion::number));
		if (latest.isPresent() && stated.statedOn().isBefore(latest.get().statedOn())) {
			throw new InvalidInput("statedOn", "The position stated on %s is the current one; a change comes after it."
				.formatted(latest.get().statedOn()), "refusal.positions.changeAfterCurrent", latest.get().statedOn());
		}
		if (latest.isPresent() && stated.session() < latest.get().session()) {
			throw new InvalidInput("session",
					"The current position is of the %dth session; a change cannot be earlier."
						.formatted(latest.get().session()),
					"refusal.positions.changeNotEarlierSession", latest.get().session());
		}
		int number = latest.map(PositionVersion::number).orElse(0) + 1;
		this.versions.add(new PositionVersion(number, stated, recordedBy, now));
		return number;
	}

	UUID id() {
		return this.id;
	}

	UUID processId() {
		return this.processId;
	}

	UUID topicId() {
		return this.topicId;
	}

	SpeakerKind holderKind() {
		return this.holderKind;
	}

	String holder() {
		return this.holder;
	}

	List<PositionVersion> versions() {
		return this.versions.stream().sorted(Comparator.comparingInt(PositionVersion::number)).toList();
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

}
