package org.plenary.schedule;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.plenary.system.InvalidValue;

import org.jspecify.annotations.Nullable;

/**
 * A room at Headquarters with its seats and whether interpretation is installed.
 */
@Entity
@Table(name = "schedule_venue")
class Venue {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String name;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	private int capacity;

	private boolean interpretation;

	/** How letters write the room, separated by semicolons: "Trusteeship Council;TCC". */
	private @Nullable String aliases;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Venue() {
	}

	Venue(String name, String shortName, int capacity, boolean interpretation, @Nullable String aliases) {
		this.id = UUID.randomUUID();
		this.name = name.trim();
		this.shortName = shortName.trim();
		this.interpretation = interpretation;
		this.aliases = aliases;
		setCapacity(capacity);
	}

	VenueId id() {
		return new VenueId(this.id);
	}

	String name() {
		return this.name;
	}

	int capacity() {
		return this.capacity;
	}

	List<String> aliases() {
		return this.aliases == null ? List.of()
				: Arrays.stream(this.aliases.split(";")).map(String::trim).filter((a) -> !a.isEmpty()).toList();
	}

	void describe(String name, String shortName, int capacity, boolean interpretation, @Nullable String aliases) {
		this.name = name.trim();
		this.shortName = shortName.trim();
		this.interpretation = interpretation;
		this.aliases = aliases;
		setCapacity(capacity);
	}

	private void setCapacity(int capacity) {
		if (capacity < 1 || capacity > 5000) {
			throw new InvalidValue("A room seats between 1 and 5,000 people.", "refusal.schedule.roomCapacity");
		}
		this.capacity = capacity;
	}

	VenueView toView() {
		return new VenueView(id(), this.name, this.shortName, this.capacity, this.interpretation, aliases(),
				this.version);
	}

}
