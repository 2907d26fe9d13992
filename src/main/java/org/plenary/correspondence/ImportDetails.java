package org.plenary.correspondence;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessView;

/**
 * An imported file as its reviewer sees it: where it stands, its text cut into
 * highlighted runs (what each field came from), what the extractor found, the review to
 * start from, the processes the reviewer may store it in, and for a scan, how many of its
 * pages' images are kept to compare with the text.
 */
public record ImportDetails(ImportFileView file, @Nullable Extraction extraction, List<Highlights.Segment> segments,
		@Nullable ImportReview suggested, List<ProcessView> processes, int letters, int scannedPages) {

	/**
	 * The signers whose names the register knows under another spelling: corrected, or
	 * offered to the reviewer, each with its confidence.
	 */
	public List<Extraction.Match> matchedSenders() {
		if (this.extraction == null) {
			return List.of();
		}
		return this.extraction.senders()
			.stream()
			.map(Extraction.Sender::match)
			.filter((m) -> m != null && !m.written().equals(m.person()))
			.map(java.util.Objects::requireNonNull)
			.toList();
	}

	/**
	 * The numbers of the scanned pages whose images are kept: none for a file that had
	 * text.
	 */
	public List<Integer> pageNumbers() {
		return java.util.stream.IntStream.rangeClosed(1, this.scannedPages).boxed().toList();
	}

}
