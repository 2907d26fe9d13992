package org.plenary.correspondence;

/**
 * Where an imported file stands: waiting to be read, read and waiting for a person's
 * review, stored in the archive, already there, or unreadable (with the reason).
 */
public enum ImportStatus {

	QUEUED, NEEDS_REVIEW, IMPORTED, DUPLICATE, FAILED;

	/** Whether reading the file is over, whatever came of it. */
	public boolean isRead() {
		return this != QUEUED;
	}

}
