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
		}
	}

	void describe(String name, @Nullable String description, @Nullable String coordinatorCode) {
		if (coordinatorCode != null && !hasMember(coordinatorCode)) {
			throw new NotAMember(this.shortName, coordinatorCode);
		}
		this.name = name;
		this.description = description;
		this.coordinatorCode = coordinatorCode;
	}

}
