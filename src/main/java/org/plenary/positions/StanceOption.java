package org.plenary.positions;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A stance a process offers on one of its topics ("expand both permanent and
 * non-permanent"), chosen by delegations when they state their position.
 */
@Entity
@Table(name = "positions_stance")
class StanceOption {

	@Id
	private UUID id;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Column(name = "topic_id", nullable = false)
	private UUID topicId;

	@Column(nullable = false)
	private String label;

	@Column(nullable = false)
	private int ordinal;

	protected StanceOption() {
	}

	StanceOption(UUID processId, UUID topicId, String label, int ordinal) {
		this.id = UUID.randomUUID();
		this.processId = processId;
		this.topicId = topicId;
		this.label = label;
		this.ordinal = ordinal;
	}

	UUID id() {
		return this.id;
	}

	UUID processId() {
		return this.processId;
	}

	UUID topicId() {
		return this.topicId;
	}

	StanceView toView() {
		return new StanceView(this.id, this.topicId, this.label, this.ordinal);
	}

}
