package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.process.NewProcess;

/**
 * What a person confirms after reviewing an imported letter: the process it belongs to
 * (chosen, or created for it), its date, who signed, to whom it is addressed, what it
 * refers to, and the meetings it announces that go on the programme.
 */
public record ImportReview(@Nullable UUID process, @Nullable NewProcess newProcess, @Nullable LocalDate date,
		List<Extraction.Sender> senders, @Nullable String addressees, List<Reference> references,
		List<Meeting> meetings) {

	public ImportReview {
		// An API client may leave a list out: it means none.
		senders = senders == null ? List.of() : List.copyOf(senders);
		references = references == null ? List.of() : List.copyOf(references);
		meetings = meetings == null ? List.of() : List.copyOf(meetings);
	}

	/** The same review, for the given process. */
	public ImportReview withProcess(UUID process) {
		return new ImportReview(process, null, this.date, this.senders, this.addressees, this.references,
				this.meetings);
	}

	/**
	 * A meeting to put on the programme (or to find there), with where it stands as the
	 * letter says: scheduled or provisional (provisional on the programme, or held when
	 * its day has passed), held, postponed or cancelled (the programme's meeting of that
	 * day and time is postponed or cancelled; none is added). Without a status it is
	 * scheduled.
	 */
	public record Meeting(LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end, @Nullable String venue,
			@Nullable String format, @Nullable String topic, Extraction.Status status) {

		public Meeting {
			if (status == null) {
				status = Extraction.Status.SCHEDULED;
			}
			if (end != null && start == null) {
				throw new IllegalArgumentException("A meeting with an end time has a start time too.");
			}
			if (end != null && !end.isAfter(start)) {
				throw new IllegalArgumentException("A meeting ends after it starts: %s–%s".formatted(start, end));
			}
		}

	}

	/**
	 * The review a person would start from: everything as the extractor read it, in the
	 * process it names when the register knows it.
	 */
	static ImportReview of(Extraction extraction, @Nullable UUID process) {
		var references = new java.util.ArrayList<Reference>();
		extraction.references().decisions().forEach((d) -> references.add(new Reference(Reference.Kind.DECISION, d)));
		extraction.references()
			.resolutions()
			.forEach((r) -> references.add(new Reference(Reference.Kind.RESOLUTION, r)));
		extraction.references()
			.letters()
			.forEach((l) -> references.add(new Reference(Reference.Kind.LETTER, l.toString())));
		var meetings = extraction.meetings().stream().map(ImportReview::meeting).toList();
		return new ImportReview(process, null, extraction.date(), extraction.senders(), extraction.addressees(),
				references, meetings);
	}

	private static Meeting meeting(Extraction.Meeting m) {
		var start = m.start();
		var end = start == null || m.end() == null || !m.end().isAfter(start) ? null : m.end();
		return new Meeting(m.date(), start, end, m.venue(), m.format(), m.topic(), m.status());
	}

}
