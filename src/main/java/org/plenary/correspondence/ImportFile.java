package org.plenary.correspondence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One uploaded file of a batch: queued, then read into its text and what the extractor
 * found (JSON), then stored as letters once a person confirms — or refused, with the
 * reason.
 */
@Entity
@Table(name = "correspondence_import_file")
class ImportFile {

	@Id
	private UUID id;

	@Column(name = "batch_id", nullable = false)
	private UUID batchId;

	@Column(nullable = false)
	private int position;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ImportStatus status;

	private @Nullable String reason;

	@Column(name = "reason_code")
	private @Nullable String reasonCode;

	/** The reason's message arguments, a JSON array of strings. */
	@Column(name = "reason_arguments", length = 2000)
	private @Nullable String reasonArguments;

	@Column(name = "source_text", length = 500000)
	private @Nullable String sourceText;

	@Column(length = 200000)
	private @Nullable String extraction;

	private @Nullable String fingerprint;

	@Column(name = "letter_id")
	private @Nullable UUID letterId;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	@Column(name = "stored_at")
	private @Nullable Instant storedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected ImportFile() {
	}

	ImportFile(UUID batchId, int position, String fileName, long sizeBytes) {
		this.id = UUID.randomUUID();
		this.batchId = batchId;
		this.position = position;
		this.fileName = fileName;
		this.sizeBytes = sizeBytes;
		this.status = ImportStatus.QUEUED;
	}

	UUID id() {
		return this.id;
	}

	UUID batchId() {
		return this.batchId;
	}

	String fileName() {
		return this.fileName;
	}

	ImportStatus status() {
		return this.status;
	}

	@Nullable String sourceText() {
		return this.sourceText;
	}

	@Nullable String extraction() {
		return this.extraction;
	}

	@Nullable String fingerprint() {
		return this.fingerprint;
	}

	@Nullable UUID letterId() {
		return this.letterId;
	}

	/** Read: the text and what was found in it, waiting for a person's review. */
	void read(String text, String extraction, String fingerprint, @Nullable ImportNote remark, Instant now) {
		this.sourceText = text;
		this.extraction = extraction;
		this.fingerprint = fingerprint;
		note(remark);
		this.status = ImportStatus.NEEDS_REVIEW;
		this.readAt = now;
	}

	/** The same text is in the archive already (or waiting in another file). */
	void duplicate(String text, String fingerprint, @Nullable UUID letter, ImportNote reason, Instant now) {
		this.sourceText = text;
		this.fingerprint = fingerprint;
		this.letterId = letter;
		note(reason);
		this.status = ImportStatus.DUPLICATE;
		this.readAt = now;
	}

	void fail(ImportNote reason, Instant now) {
		note(reason);
		this.status = ImportStatus.FAILED;
		this.readAt = now;
	}

	void stored(UUID letter, Instant now) {
		this.letterId = letter;
		this.status = ImportStatus.IMPORTED;
		note(null);
		this.storedAt = now;
	}

	/** A letter that read completely but could not be stored without review. */
	void remark(ImportNote reason) {
		note(reason);
	}

	private void note(@Nullable ImportNote note) {
		if (note == null) {
			this.reason = null;
			this.reasonCode = null;
			this.reasonArguments = null;
			return;
		}
		var reason = note.reason();
		this.reason = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
		var arguments = note.code() == null || note.arguments().isEmpty() ? null
				: JSON.writeValueAsString(note.arguments());
		var fits = arguments == null || arguments.length() <= 2000;
		this.reasonCode = fits ? note.code() : null;
		this.reasonArguments = fits ? arguments : null;
	}

	/** The reason's message arguments, none when it has no message. */
	private List<String> reasonArguments() {
		return this.reasonArguments == null ? List.of() : List.of(JSON.readValue(this.reasonArguments, String[].class));
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	ImportFileView toView() {
		return new ImportFileView(this.id, this.batchId, this.position, this.fileName, this.sizeBytes, this.status,
				this.reason, this.reasonCode, reasonArguments(),
				this.letterId == null ? null : new LetterId(this.letterId), this.readAt, this.storedAt);
	}

}
