package org.plenary.schedule;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A delegation follows a process: its calendar feed carries the process's meetings.
 */
@Entity
@Table(name = "schedule_follow")
class Follow {

	@EmbeddedId
	private Key key;

	@SuppressWarnings("NullAway.Init")
	protected Follow() {
	}

	Follow(String delegation, UUID process) {
		this.key = new Key(delegation, process);
	}

	UUID process() {
		return this.key.processId();
	}

	@Embeddable
	record Key(@Column(name = "delegation_code") String delegationCode,
			@Column(name = "process_id") UUID processId) implements Serializable {
	}

}
