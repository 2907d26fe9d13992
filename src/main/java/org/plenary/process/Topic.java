package org.plenary.process;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.plenary.system.InvalidValue;

/**
 * What meetings of a process discuss: a cluster, a key issue or a part of a text.
 */
@Entity
@Table(name = "process_topic")
class Topic {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String title;

	@SuppressWarnings("NullAway.Init")
	protected Topic() {
	}

	Topic(String title) {
		if (title.isBlank()) {
			throw new InvalidValue("A topic has a title.", "refusal.process.topicTitle");
		}
		this.id = UUID.randomUUID();
		this.title = title.trim();
	}

	UUID id() {
		return this.id;
	}

	String title() {
		return this.title;
	}

	TopicView toView() {
		return new TopicView(this.id, this.title);
	}

}
