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
 * One decision, resolution or other text behind a process.
 */
@Entity
@Table(name = "process_mandate")
class MandateItem {

	@Id
	private UUID id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MandateKind kind;

	private @Nullable String symbol;

	@Column(name = "adopted_on")
	private @Nullable LocalDate adoptedOn;

	@Column(nullable = false)
	private String title;

	@SuppressWarnings("NullAway.Init")
	protected MandateItem() {
	}

	MandateItem(MandateEntry entry) {
		this.id = UUID.randomUUID();
		this.kind = entry.kind();
		this.symbol = entry.symbol();
		this.adoptedOn = entry.adoptedOn();
		this.title = entry.title();
	}

	UUID id() {
		return this.id;
	}

	MandateEntry toEntry() {
		return new MandateEntry(this.kind, this.symbol, this.adoptedOn, this.title);
	}

}
