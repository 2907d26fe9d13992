package org.plenary.schedule;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An official holiday at Headquarters, when meetings are not usually held. Reference data
 * loaded by migration.
 */
@Entity
@Table(name = "schedule_holiday")
class Holiday {

	@Id
	@Column(name = "held_on")
	private LocalDate day;

	@Column(nullable = false)
	private String name;

	private boolean approximate;

	@SuppressWarnings("NullAway.Init")
	protected Holiday() {
	}

	String name() {
		return this.name;
	}

	boolean isApproximate() {
		return this.approximate;
	}

}
