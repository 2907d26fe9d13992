package org.plenary.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A group of States that speaks in negotiations (the G4, the African Group, L.69 …), with
 * its members over time. It refuses a second membership for a current member and a
 * departure for someone who is not a member.
 */
@Entity
@Table(name = "delegation_group")
class GroupOfStates {

	@Id
	private UUID id;

	@Column(name = "short_name", nullable = false, unique = true)
	private String shortName;

	@Column(nullable = false)
	private String name;

	private @Nullable String description;

	@Column(name = "coordinator_code")
	private @Nullable String coordinatorCode;

	/** The first day of the coordinator's term; none when not on record. */
	@Column(name = "coordinator_from")
	private @Nullable LocalDate coordinatorFrom;

	/** The last day of the coordinator's term; none while it is open-ended. */
	@Column(name = "coordinator_until")
	private @Nullable LocalDate coordinatorUntil;

	@Column(name = "source_note")
	private @Nullable String sourceNote;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "group_id", nullable = false)
	private List<Membership> memberships = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected GroupOfStates() {
	}

	GroupOfStates(String shortName, String name, @Nullable String description, @Nullable String sourceNote) {
		this.id = UUID.randomUUID();
		this.shortName = shortName;
		this.name = name;
		this.description = description;
		this.sourceNote = sourceNote;
	}

	GroupId id() {
		return new GroupId(this.id);
	}

	String shortName() {
		return this.shortName;
	}

	String name() {
		return this.name;
	}

	@Nullable String description() {
		return this.description;
	}

	@Nullable String coordinatorCode() {
		return this.coordinatorCode;
	}

	@Nullable LocalDate coordinatorFrom() {
		return this.coordinatorFrom;
	}

	@Nullable LocalDate coordinatorUntil() {
		return this.coordinatorUntil;
	}

	/** The State that coordinates the group on this day: none outside its term. */
	@Nullable String coordinatorOn(LocalDate day) {
		if (this.coordinatorCode == null || (this.coordinatorFrom != null && day.isBefore(this.coordinatorFrom))
				|| (this.coordinatorUntil != null && day.isAfter(this.coordinatorUntil))) {
			return null;
		}
		return this.coordinatorCode;
	}

	@Nullable String sourceNote() {
		return this.sourceNote;
	}

	long version() {
		return this.version;
	}

	List<Membership> memberships() {
		return List.copyOf(this.memberships);
	}

	boolean hasMember(String code) {
		return this.memberships.stream().anyMatch((m) -> m.isCurrent() && m.delegationCode().equals(code));
	}

	boolean isCoordinatedBy(String code) {
		return code.equals(this.coordinatorCode);
	}

	void join(String code, LocalDate on) {
		if (hasMember(code)) {
			throw new AlreadyAMember(this.shortName, code);
		}
		this.memberships.add(new Membership(code, on));
	}

	void leave(String code, LocalDate on) {
		var membership = this.memberships.stream()
			.filter((m) -> m.isCurrent() && m.delegationCode().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotAMember(this.shortName, code));
		membership.end(on);
		if (code.equals(this.coordinatorCode)) {
			// A group is not coordinated by a State that left it.
			this.coordinatorCode = null;
			this.coordinatorFrom = null;
			this.coordinatorUntil = null;
		}
	}

	void describe(String name, @Nullable String description, @Nullable String coordinatorCode) {
		if (coordinatorCode != null && !hasMember(coordinatorCode)) {
			throw new NotAMember(this.shortName, coordinatorCode);
		}
		this.name = name;
		this.description = description;
		if (!java.util.Objects.equals(coordinatorCode, this.coordinatorCode)) {
			this.coordinatorCode = coordinatorCode;
			this.coordinatorFrom = null;
			this.coordinatorUntil = null;
		}
	}

	/**
	 * A member State coordinates (chairs) the group for a term, or nobody. Refuses a
	 * State that is not a member.
	 */
	void appointCoordinator(@Nullable String code, @Nullable LocalDate from, @Nullable LocalDate until) {
		if (code != null && !hasMember(code)) {
			throw new NotAMember(this.shortName, code);
		}
		this.coordinatorCode = code;
		this.coordinatorFrom = code == null ? null : from;
		this.coordinatorUntil = code == null ? null : until;
	}

}
