package org.plenary.correspondence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.system.Said;

/**
 * Files uploaded together: one letter or a folder of hundreds. Whether letters that read
 * completely are stored without a person's review is chosen at upload.
 */
@Entity
@Table(name = "correspondence_import_batch")
class ImportBatch {

	@Id
	private UUID id;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@Column(name = "store_complete", nullable = false)
	private boolean storeComplete;

	@Column(name = "file_count", nullable = false)
	private int fileCount;

	@SuppressWarnings("NullAway.Init")
	protected ImportBatch() {
	}

	ImportBatch(String uploadedBy, Instant uploadedAt, boolean storeComplete, int fileCount) {
		this.id = UUID.randomUUID();
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
		this.storeComplete = storeComplete;
		this.fileCount = fileCount;
	}

	UUID id() {
		return this.id;
	}

	String uploadedBy() {
		return this.uploadedBy;
	}

	Instant uploadedAt() {
		return this.uploadedAt;
	}

	boolean storeComplete() {
		return this.storeComplete;
	}

	int fileCount() {
		return this.fileCount;
	}

	/**
	 * Only the uploader reads and stores a batch's files (and the register's keepers): an
	 * import is a person's work in progress until it is stored.
	 */
	void requireReader(Actor actor) {
		if (actor.keepsTheRegister() || actor.username().equals(this.uploadedBy) && !actor.isAnonymous()) {
			return;
		}
		throw new NotPermitted(actor, actor.isAnonymous() ? new Said("refusal.action.importLetters", "import letters")
				: new Said("refusal.action.useOthersImport", "use an import someone else uploaded"));
	}

}
