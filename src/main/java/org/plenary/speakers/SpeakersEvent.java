package org.plenary.speakers;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A change of a speakers list, as the live views receive it (the list as it stands,
 * JSON), numbered: a view that lost its connection asks for those after the last it had.
 */
@Entity
@Table(name = "speakers_event")
class SpeakersEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId;

	@Column(name = "happened_at", nullable = false)
	private Instant happenedAt;

	@Column(nullable = false, length = 200000)
	private String payload;

	@SuppressWarnings("NullAway.Init")
	protected SpeakersEvent() {
	}

	SpeakersEvent(UUID meetingId, Instant happenedAt, String payload) {
		this.meetingId = meetingId;
		this.happenedAt = happenedAt;
		this.payload = payload;
	}

	long id() {
		return java.util.Objects.requireNonNull(this.id);
	}

	UUID meetingId() {
		return this.meetingId;
	}

	Instant happenedAt() {
		return this.happenedAt;
	}

	String payload() {
		return this.payload;
	}

}
