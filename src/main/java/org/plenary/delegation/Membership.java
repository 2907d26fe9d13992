package org.plenary.delegation;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A delegation's membership of a group, from the day it joined (unknown for founding
 * members loaded by migration) until the day it left. A delegation that rejoins gets a
 * new membership, so the history stays.
 */
@Entity
@Table(name = "delegation_group_member")
class Membership {

	@Id
	private UUID id;

	@Column(name = "delegation_code", nullable = false)
	private String delegationCode;

	@Column(name = "joined_on")
	private @Nullable LocalDate joinedOn;

	@Column(name = "left_on")
	private @Nullable LocalDate leftOn;

	@SuppressWarnings("NullAway.Init")
	protected Membership() {
	}

	Membership(String delegationCode, LocalDate joinedOn) {
		this.id = UUID.randomUUID();
		this.delegationCode = delegationCode;
		this.joinedOn = joinedOn;
	}

	String delegationCode() {
		return this.delegationCode;
	}

	boolean isCurrent() {
		return this.leftOn == null;
	}

	@Nullable LocalDate joinedOn() {
		return this.joinedOn;
	}

	@Nullable LocalDate leftOn() {
		return this.leftOn;
	}

	void end(LocalDate on) {
		this.leftOn = on;
	}

}
