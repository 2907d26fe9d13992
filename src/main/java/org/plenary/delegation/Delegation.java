package org.plenary.delegation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A Member State or observer. Reference data: loaded by migration and read, not edited,
 * by the application.
 */
@Entity
@Table(name = "delegation")
class Delegation {

	@Id
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DelegationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "regional_group")
	private @Nullable RegionalGroup regionalGroup;

	@Column(name = "regional_group_note")
	private @Nullable String regionalGroupNote;

	@Column(name = "permanent_member")
	private boolean permanentMember;

	@SuppressWarnings("NullAway.Init")
	protected Delegation() {
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	DelegationKind kind() {
		return this.kind;
	}

	@Nullable RegionalGroup regionalGroup() {
		return this.regionalGroup;
	}

	DelegationView toView() {
		return new DelegationView(new DelegationCode(this.code), this.name, this.kind, this.regionalGroup,
				this.regionalGroupNote, this.permanentMember);
	}

}
