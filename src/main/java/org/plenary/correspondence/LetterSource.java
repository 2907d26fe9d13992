package org.plenary.correspondence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

/**
 * The text a stored letter was imported from, by its fingerprint: its primary key lets a
 * text be stored once, even when two people confirm the same letter at the same moment.
 */
@Entity
@Table(name = "correspondence_letter_source")
class LetterSource implements Persistable<String> {

	@Id
	private String fingerprint;

	@Column(name = "letter_id", nullable = false)
	private UUID letterId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	@SuppressWarnings("NullAway.Init")
	protected LetterSource() {
	}

	LetterSource(String fingerprint, UUID letterId, String fileName, Instant importedAt) {
		this.fingerprint = fingerprint;
		this.letterId = letterId;
		this.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
		this.importedAt = importedAt;
	}

	@Override
	public String getId() {
		return this.fingerprint;
	}

	/** Always new: saving one inserts, and a second insert of the same text fails. */
	@Override
	public boolean isNew() {
		return true;
	}

	UUID letterId() {
		return this.letterId;
	}

}
