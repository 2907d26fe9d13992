package org.plenary.process;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A chair, co-chair or co-facilitator appointed to a process for one session.
 */
@Entity
@Table(name = "process_facilitator")
class Facilitator {

	@Id
	private UUID id;

	@Column(name = "session_number", nullable = false)
	private int session;

	@Column(name = "person_name", nullable = false)
	private String personName;

	private @Nullable String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FacilitatorRole role;

	@Column(name = "delegation_code")
	private @Nullable String delegationCode;

	@Column(name = "appointed_on")
	private @Nullable LocalDate appointedOn;

	@SuppressWarnings("NullAway.Init")
	protected Facilitator() {
	}

	Facilitator(Appointment appointment) {
		this.id = UUID.randomUUID();
		this.session = appointment.session();
		this.personName = appointment.personName().trim();
		this.title = appointment.title();
		this.role = appointment.role();
		this.delegationCode = appointment.delegation();
		this.appointedOn = appointment.appointedOn();
	}

	UUID id() {
		return this.id;
	}

	int session() {
		return this.session;
	}

	String personName() {
		return this.personName;
	}

	Appointment toAppointment() {
		return new Appointment(this.session, this.personName, this.title, this.role, this.delegationCode,
				this.appointedOn);
	}

}
