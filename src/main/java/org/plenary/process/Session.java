package org.plenary.process;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.plenary.system.InvalidValue;

import org.jspecify.annotations.Nullable;

/**
 * An annual session of the General Assembly, numbered, with its period and President.
 */
@Entity
@Table(name = "process_session")
class Session {

	@Id
	@Column(name = "session_number")
	private int number;

	@Column(name = "opens_on", nullable = false)
	private LocalDate opensOn;

	@Column(name = "closes_on")
	private @Nullable LocalDate closesOn;

	@Column(name = "president_name")
	private @Nullable String presidentName;

	@Column(name = "president_delegation")
	private @Nullable String presidentDelegation;

	@SuppressWarnings("NullAway.Init")
	protected Session() {
	}

	Session(int number, LocalDate opensOn, @Nullable LocalDate closesOn) {
		if (number < 1) {
			throw new InvalidValue("Sessions are numbered from 1.", "refusal.process.sessionNumber");
		}
		if (closesOn != null && !closesOn.isAfter(opensOn)) {
			throw new InvalidValue("A session closes after it opens.", "refusal.process.closesAfterOpens");
		}
		this.number = number;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
	}

	int number() {
		return this.number;
	}

	/** Open from its first to its last day ({@link SessionView#lastDay()}). */
	boolean isOpenOn(LocalDate day) {
		return toView().isOpenOn(day);
	}

	void electPresident(String name, @Nullable String delegation) {
		this.presidentName = name;
		this.presidentDelegation = delegation;
	}

	void closeOn(@Nullable LocalDate closesOn) {
		if (closesOn != null && !closesOn.isAfter(this.opensOn)) {
			throw new InvalidValue("A session closes after it opens.", "refusal.process.closesAfterOpens");
		}
		this.closesOn = closesOn;
	}

	SessionView toView() {
		return new SessionView(this.number, this.opensOn, this.closesOn, this.presidentName, this.presidentDelegation);
	}

}
