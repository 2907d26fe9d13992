package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessView;

/**
 * An imported file as its reviewer sees it: where it stands, its text cut into
 * highlighted runs (what each field came from), what the extractor found, the review to
 * start from, the processes the reviewer may store it in, the date each letter of the
 * file states (a cover letter and what it encloses are stored as letters of their own),
 * and for a scan, how many of its pages' images are kept to compare with the text; the
 * addressees the enclosed letters write themselves, which they are stored with.
 */
public record ImportDetails(ImportFileView file, @Nullable Extraction extraction, List<Highlights.Segment> segments,
		@Nullable ImportReview suggested, List<ProcessView> processes, List<@Nullable LocalDate> letterDates,
		int scannedPages, List<String> enclosedAddressees) {

	public ImportDetails {
		enclosedAddressees = List.copyOf(enclosedAddressees);
	}

	/** How many letters the file holds, as they will be stored. */
	@JsonProperty
	public int letters() {
		return this.letterDates.size();
	}

	/**
	 * The dates the letters a cover letter encloses state, in order, none where a letter
	 * states none: each keeps its own; the review's date is the cover letter's.
	 */
	public List<@Nullable LocalDate> enclosedDates() {
		return this.letterDates.size() < 2 ? List.of() : this.letterDates.subList(1, this.letterDates.size());
	}

	/**
	 * The signers whose names the register knows under another spelling: corrected, or
	 * offered to the reviewer, each with its confidence; and those the letter does not
	 * name, whom a rule supplied.
	 */
	public List<Extraction.Match> matchedSenders() {
		if (this.extraction == null) {
			return List.of();
		}
		return this.extraction.senders()
			.stream()
			.map(Extraction.Sender::match)
			.filter((m) -> m != null && (m.written() == null || !m.written().equals(m.person())))
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
