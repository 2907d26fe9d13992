package org.plenary.speakers;

import java.time.Instant;
import java.util.UUID;

import org.plenary.schedule.MeetingId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The written statement a delegation attaches to its inscription, as the text read from
 * its file; published once the delegation has spoken.
 */
@Entity
@Table(name = "speakers_statement")
class Statement {

	/** A statement's text is at most this long: some fifty pages. */
	static final int MOST_CHARACTERS = 400_000;

	@Id
	@Column(name = "inscription_id")
	private UUID inscriptionId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "statement_text", nullable = false, length = MOST_CHARACTERS)
	private String text;

	@Column(name = "attached_by", nullable = false)
	private String attachedBy;

	@Column(name = "attached_at", nullable = false)
	private Instant attachedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected Statement() {
	}

	Statement(UUID inscriptionId) {
		this.inscriptionId = inscriptionId;
	}

	UUID inscriptionId() {
		return this.inscriptionId;
	}

	void attach(String fileName, String text, String attachedBy, Instant now) {
		this.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
		this.text = text;
		this.attachedBy = attachedBy;
		this.attachedAt = now;
	}

	StatementView toView(MeetingId meeting, InscriptionView inscription) {
		return new StatementView(this.inscriptionId, meeting, inscription.delegation(), inscription.speaker(),
				this.fileName, this.text, this.attachedAt, inscription.status() == InscriptionStatus.SPOKE);
	}

}
