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
 * A delegation on a meeting's speakers list: for itself or on behalf of a group, its
 * category (a group speaks before Member States, Member States before observers), when it
 * inscribed, its place in the speaking order, and how long it spoke.
 */
@Entity
@Table(name = "speakers_inscription")
class Inscription {

	/** Groups first, then Member States, then observers. */
	static final int GROUP = 0;

	static final int MEMBER_STATE = 1;

	static final int OBSERVER = 2;

	@Id
	private UUID id;

	@Column(name = "list_id", nullable = false)
	private UUID listId;

	@Column(nullable = false)
	private String delegation;

	@Column(name = "on_behalf_of")
	private @Nullable String onBehalfOf;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InscriptionKind kind;

	/**
	 * The delegation, for a statement or a reply, and whether for a group: each once per
	 * list.
	 */
	@Column(name = "once_key")
	private @Nullable String onceKey;

	@Column(nullable = false)
	private int category;

	@Column(nullable = false)
	private int sequence;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InscriptionStatus status;

	@Column(name = "inscribed_by", nullable = false)
	private String inscribedBy;

	@Column(name = "inscribed_at", nullable = false)
	private Instant inscribedAt;

	@Column(name = "started_at")
	private @Nullable Instant startedAt;

	@Column(name = "ended_at")
	private @Nullable Instant endedAt;

	@Column(name = "used_ms", nullable = false)
	private long usedMs;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Inscription() {
	}

	/**
	 * What a list holds once: a delegation's statement (or reply) in its national
	 * capacity, and one on behalf of a group; points of order as many as are raised.
	 */
	static @Nullable String onceKey(String delegation, @Nullable String onBehalfOf, InscriptionKind kind) {
		if (kind == InscriptionKind.POINT_OF_ORDER) {
			return null;
		}
		return onBehalfOf == null ? delegation : delegation + ":G";
	}

	Inscription(UUID listId, String delegation, @Nullable String onBehalfOf, InscriptionKind kind, int category,
			int sequence, int position, String inscribedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.listId = listId;
		this.delegation = delegation;
		this.onBehalfOf = onBehalfOf;
		this.kind = kind;
		this.onceKey = onceKey(delegation, onBehalfOf, kind);
		this.category = category;
		this.sequence = sequence;
		this.position = position;
		this.status = InscriptionStatus.WAITING;
		this.inscribedBy = inscribedBy;
		this.inscribedAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID listId() {
		return this.listId;
	}

	boolean listIdIs(UUID list) {
		return this.listId.equals(list);
	}

	@Nullable String onceKey() {
		return this.onceKey;
	}

	String delegation() {
		return this.delegation;
	}

	@Nullable String onBehalfOf() {
		return this.onBehalfOf;
	}

	InscriptionKind kind() {
		return this.kind;
	}

	int category() {
		return this.category;
	}

	int position() {
		return this.position;
	}

	void moveTo(int position) {
		this.position = position;
	}

	InscriptionStatus status() {
		return this.status;
	}

	long usedMs() {
		return this.usedMs;
	}

	void speak(Instant now) {
		this.status = InscriptionStatus.SPEAKING;
		if (this.startedAt == null) {
			this.startedAt = now;
		}
	}

	/** Time on the floor, counted while the timer runs. */
	void addUsed(Duration used) {
		this.usedMs += Math.max(0, used.toMillis());
	}

	void finish(Instant now) {
		this.status = InscriptionStatus.SPOKE;
		this.endedAt = now;
	}

	void absent(Instant now) {
		this.status = InscriptionStatus.ABSENT;
		this.endedAt = now;
	}

	InscriptionView toView(String name, long limitMs, boolean statement) {
		return new InscriptionView(this.id, this.delegation, name, this.onBehalfOf, this.kind, this.position,
				this.status, this.usedMs, limitMs, this.inscribedAt, this.startedAt, this.endedAt, statement);
	}

}
