package org.plenary.text;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A text a process negotiates: its title and, once it has one, its document symbol. */
@Entity
@Table(name = "text_text")
class NegotiatedText {

	@Id
	private UUID id;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Column(nullable = false)
	private String title;

	private @Nullable String symbol;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected NegotiatedText() {
	}

	NegotiatedText(UUID processId, String title, @Nullable String symbol, Instant now) {
		this.id = UUID.randomUUID();
		this.processId = processId;
		this.title = title;
		this.symbol = symbol;
		this.createdAt = now;
	}

	UUID id() {
		return this.id;
	}

	UUID processId() {
		return this.processId;
	}

	String title() {
		return this.title;
	}

	@Nullable String symbol() {
		return this.symbol;
	}

}
