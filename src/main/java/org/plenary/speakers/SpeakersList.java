package org.plenary.speakers;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A meeting's speakers list: open or closed, its time limits (for a delegation, for a
 * group, for a reply), who has the floor, and the timer. The timer is stored as the
 * moment the speaker's time ends while it runs, and as the time left while it is paused,
 * so that every screen draws the same countdown from its own clock. A point of order
 * interrupts the speaker, who resumes with the time they had left.
 */
@Entity
@Table(name = "speakers_list")
class SpeakersList {

	@Id
	private UUID id;

	@Column(name = "meeting_id", nullable = false)
	private UUID meetingId;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ListStatus status;

	@Column(name = "limit_seconds", nullable = false)
	private int limitSeconds;

	@Column(name = "group_limit_seconds", nullable = false)
	private int groupLimitSeconds;

	@Column(name = "reply_limit_seconds", nullable = false)
	private int replyLimitSeconds;

	@Column(name = "current_id")
	private @Nullable UUID currentId;

	@Column(name = "timer_running", nullable = false)
	private boolean timerRunning;

	@Column(name = "timer_ends_at")
	private @Nullable Instant timerEndsAt;

	/** The time left while paused; below zero when the speaker ran over. */
	@Column(name = "timer_remaining_ms", nullable = false)
	private long timerRemainingMs;

	@Column(name = "running_since")
	private @Nullable Instant runningSince;

	@Column(name = "interrupted_id")
	private @Nullable UUID interruptedId;

	@Column(name = "interrupted_remaining_ms")
	private @Nullable Long interruptedRemainingMs;

	@Column(name = "next_sequence", nullable = false)
	private int nextSequence;

	@Enumerated(EnumType.STRING)
	@Column(name = "speaking_order", nullable = false)
	private SpeakingOrder order;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected SpeakersList() {
	}

	SpeakersList(UUID meetingId, UUID processId, SpeakingOrder order, int limitSeconds, int groupLimitSeconds,
			int replyLimitSeconds) {
		this.order = order;
		this.id = UUID.randomUUID();
		this.meetingId = meetingId;
		this.processId = processId;
		this.status = ListStatus.OPEN;
		this.limitSeconds = limitSeconds;
		this.groupLimitSeconds = groupLimitSeconds;
		this.replyLimitSeconds = replyLimitSeconds;
		this.nextSequence = 1;
	}

	UUID id() {
		return this.id;
	}

	UUID meetingId() {
		return this.meetingId;
	}

	UUID processId() {
		return this.processId;
	}

	ListStatus status() {
		return this.status;
	}

	SpeakingOrder order() {
		return this.order;
	}

	void open() {
		this.status = ListStatus.OPEN;
	}

	void close() {
		this.status = ListStatus.CLOSED;
	}

	@Nullable UUID currentId() {
		return this.currentId;
	}

	@Nullable UUID interruptedId() {
		return this.interruptedId;
	}

	int takeSequence() {
		return this.nextSequence++;
	}

	void limits(int limitSeconds, int groupLimitSeconds, int replyLimitSeconds) {
		this.limitSeconds = limitSeconds;
		this.groupLimitSeconds = groupLimitSeconds;
		this.replyLimitSeconds = replyLimitSeconds;
	}

	/** The time an inscription may speak, in milliseconds. */
	long limitMs(Inscription inscription) {
		return 1000L * switch (inscription.kind()) {
			case REPLY, POINT_OF_ORDER -> this.replyLimitSeconds;
			case STATEMENT -> inscription.onBehalfOf() != null ? this.groupLimitSeconds : this.limitSeconds;
		};
	}

	/** Gives the floor and starts the timer with the given time. */
	void giveFloor(Inscription speaker, long remainingMs, Instant now) {
		speaker.speak(now);
		this.currentId = speaker.id();
		this.timerRemainingMs = remainingMs;
		this.timerRunning = false;
		this.timerEndsAt = null;
		start(now);
	}

	/** The time left now, below zero when the speaker has run over. */
	long remainingMs(Instant now) {
		if (this.timerRunning && this.timerEndsAt != null) {
			return Duration.between(now, this.timerEndsAt).toMillis();
		}
		return this.timerRemainingMs;
	}

	boolean start(Instant now) {
		if (this.currentId == null || this.timerRunning) {
			return false;
		}
		this.timerRunning = true;
		this.timerEndsAt = now.plusMillis(this.timerRemainingMs);
		this.runningSince = now;
		return true;
	}

	/** Pauses the timer; answers the time the speaker spoke since it last started. */
	Duration pause(Instant now) {
		if (!this.timerRunning) {
			return Duration.ZERO;
		}
		this.timerRemainingMs = remainingMs(now);
		this.timerRunning = false;
		this.timerEndsAt = null;
		var spoke = this.runningSince == null ? Duration.ZERO : Duration.between(this.runningSince, now);
		this.runningSince = null;
		return spoke;
	}

	/** The floor is empty: nobody speaks, the timer is stopped. */
	void clearFloor() {
		this.currentId = null;
		this.timerRunning = false;
		this.timerEndsAt = null;
		this.timerRemainingMs = 0;
		this.runningSince = null;
	}

	/** A point of order: the speaker steps aside with the time they have left. */
	void interrupt(Instant now) {
		pause(now);
		this.interruptedId = this.currentId;
		this.interruptedRemainingMs = this.timerRemainingMs;
	}

	/**
	 * The interrupted speaker, if any, and the time they had left; forgotten once asked.
	 */
	@Nullable Resumption takeInterrupted() {
		if (this.interruptedId == null) {
			return null;
		}
		var resumption = new Resumption(this.interruptedId,
				this.interruptedRemainingMs == null ? 0 : this.interruptedRemainingMs);
		this.interruptedId = null;
		this.interruptedRemainingMs = null;
		return resumption;
	}

	record Resumption(UUID inscription, long remainingMs) {
	}

	TimerView timer(Instant now) {
		return new TimerView(this.timerRunning, this.timerRunning ? this.timerEndsAt : null, remainingMs(now), now);
	}

	int limitSeconds() {
		return this.limitSeconds;
	}

	int groupLimitSeconds() {
		return this.groupLimitSeconds;
	}

	int replyLimitSeconds() {
		return this.replyLimitSeconds;
	}

}
