package org.plenary.schedule;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

/**
 * One line of a programme's history: a meeting was scheduled, changed, postponed,
 * confirmed, held or cancelled. Lets a letter say what changed since the last one.
 */
@Entity
@Table(name = "schedule_meeting_change")
class MeetingChange implements Persistable<UUID> {

	enum Kind {

		SCHEDULED, CHANGED, POSTPONED, CONFIRMED, HELD, CANCELLED

	}

	@Id
	private UUID id;

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String summary;

	@Column(nullable = false)
	private String actor;

	@SuppressWarnings("NullAway.Init")
	protected MeetingChange() {
	}

	MeetingChange(Meeting meeting, Kind kind, String summary, String actor, Instant now) {
		this.id = UUID.randomUUID();
		this.meetingId = meeting.id().value();
		this.processId = meeting.process().value();
		this.changedAt = now;
		this.kind = kind;
		this.summary = summary.length() > 500 ? summary.substring(0, 499) + "…" : summary;
		this.actor = actor;
	}

	ChangeView toView() {
		return new ChangeView(new MeetingId(this.meetingId), this.changedAt, this.kind.name(), this.summary,
				this.actor);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	/**
	 * Always new: a line of the history is never changed once written, so saving one
	 * inserts it without first reading its id back (a merge).
	 */
	@Override
	public boolean isNew() {
		return true;
	}

}
