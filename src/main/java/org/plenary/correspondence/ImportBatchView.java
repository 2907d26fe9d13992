package org.plenary.correspondence;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A batch of uploaded files and how far reading them has come: the summary counts what
 * was imported, what needs a person's review, what was already in the archive and what
 * failed; the pages of its scanned files, and how many OCR has read, count too.
 */
public record ImportBatchView(UUID id, String uploadedBy, ZonedDateTime uploadedAt, boolean storeComplete,
		List<ImportFileView> files, int scannedPages, int pagesRead) {

	public long count(ImportStatus status) {
		return this.files.stream().filter((f) -> f.status() == status).count();
	}

	/** Files read so far, whatever came of them. */
	public long read() {
		return this.files.stream().filter((f) -> f.status().isRead()).count();
	}

	public boolean isDone() {
		return read() == this.files.size();
	}

	/** Per cent of the files read, for the progress bar. */
	public int percent() {
		return this.files.isEmpty() ? 100 : (int) (read() * 100 / this.files.size());
	}

}
