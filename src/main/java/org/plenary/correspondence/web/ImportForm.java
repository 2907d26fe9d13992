package org.plenary.correspondence.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.Extraction;
import org.plenary.correspondence.ImportReview;
import org.plenary.process.NewProcess;
import org.plenary.system.InvalidInput;
import org.plenary.system.Said;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The review of an imported letter as a form: the process chosen (or a new one named),
 * the date, a signatory a line ("Name | Role | State"), the addressees, a reference a
 * line, and the meetings found, each with a box to keep it and its fields (its status
 * among them, as the programme will hold it: provisional, held, postponed, cancelled) to
 * correct — plus an empty row to add one the extractor missed.
 */
public class ImportForm {

	private @Nullable UUID process;

	private @Nullable String newShortName;

	private @Nullable String newName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	private @Nullable String senders;

	private @Nullable String addressees;

	private @Nullable String references;

	private static final Pattern REVIEW_MEETING = Pattern.compile("meetings\\[(\\d{1,4})\\](\\..+)?");

	private static final Pattern ROW_FIELD = Pattern.compile("meetings\\[(\\d{1,4})\\]\\.(\\w+)");

	/** The fields above the meetings that show a message of their own, in page order. */
	private static final List<String> FIELDS = List.of("process", "date", "senders", "references");

	/** A meeting's fields, in page order. */
	private static final List<String> ROW_FIELDS = List.of("include", "date", "start", "end", "venue", "format",
			"topic", "status");

	/**
	 * The statuses a meeting of the form may take: those the programme holds. A letter's
	 * "scheduled" meeting is provisional there until the programme confirms it.
	 */
	static final List<Extraction.Status> STATUSES = List.of(Extraction.Status.PROVISIONAL, Extraction.Status.HELD,
			Extraction.Status.POSTPONED, Extraction.Status.CANCELLED);

	private List<MeetingRow> meetings = new ArrayList<>();

	static ImportForm of(ImportReview review) {
		var form = new ImportForm();
		form.process = review.process();
		form.date = review.date();
		form.senders = review.senders()
			.stream()
			.map((s) -> s.name() + " | " + (s.role() == null ? "" : s.role()) + " | "
					+ (s.country() == null ? "" : s.country()))
			.collect(Collectors.joining("\n"));
		form.addressees = review.addressees();
		form.references = LetterForm.referenceLines(review.references());
		for (var meeting : review.meetings()) {
			var row = new MeetingRow();
			row.setInclude(true);
			row.setDate(meeting.date());
			row.setStart(meeting.start());
			row.setEnd(meeting.end());
			row.setVenue(meeting.venue());
			row.setFormat(meeting.format());
			row.setTopic(meeting.topic());
			row.setStatus(meeting.status());
			form.meetings.add(row);
		}
		form.meetings.add(new MeetingRow());
		return form;
	}

	/**
	 * The review the form describes, with what the form itself cannot read: a signer's
	 * line that is not "Name | Role | State", a reference that does not read, a meeting
	 * that ends before it starts — each at its field. A meeting whose times do not read
	 * is kept without them, so that the review's meetings stay those of
	 * {@link #keptRows()} and the review's own check can report its mistakes at the same
	 * time.
	 */
	Reading read() {
		var problems = new ArrayList<InvalidInput>();
		var newProcess = this.process == null && LetterForm.blankToNull(this.newShortName) != null
				? new NewProcess(this.newShortName.strip(),
						LetterForm.blankToNull(this.newName) == null ? this.newShortName.strip() : this.newName.strip(),
						null, null)
				: null;
		var kept = new ArrayList<ImportReview.Meeting>();
		for (int i : keptRows()) {
			var row = this.meetings.get(i);
			var venue = LetterForm.blankToNull(row.getVenue());
			var format = LetterForm.blankToNull(row.getFormat());
			var topic = LetterForm.blankToNull(row.getTopic());
			var start = row.getStart();
			var end = row.getEnd();
			int number = i + 1;
			if (end != null && start == null) {
				problems.add(new InvalidInput("meetings[%d].start".formatted(i),
						"Meeting %d has an end time but no start time: give when it starts.".formatted(number),
						"imports.meeting.endWithoutStart", number));
				end = null;
			}
			else if (end != null && !end.isAfter(start)) {
				problems.add(new InvalidInput("meetings[%d].end".formatted(i),
						"Meeting %d ends before it starts (%s to %s): correct one of the times.".formatted(number,
								start, end),
						"imports.meeting.endBeforeStart", number, start, end));
				end = null;
			}
			kept.add(new ImportReview.Meeting(row.getDate(), start, end, venue, format, topic, row.getStatus()));
		}
		var senders = new ArrayList<Extraction.Sender>();
		for (var line : LetterForm.lines(this.senders)) {
			var parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
			if (parts.size() > 3 || parts.get(0).isEmpty()) {
				problems.add(new InvalidInput("senders",
						"Write a signatory as \"Name | Role | State\": \"%s\" does not read so.".formatted(line),
						"imports.senders.unreadable", line));
				continue;
			}
			senders
				.add(new Extraction.Sender(parts.get(0), parts.size() > 1 ? LetterForm.blankToNull(parts.get(1)) : null,
						parts.size() > 2 ? LetterForm.blankToNull(parts.get(2)) : null));
		}
		var references = List.<org.plenary.correspondence.Reference>of();
		try {
			references = LetterForm.referenceList(this.references);
		}
		catch (InvalidInput refusal) {
			problems.add(refusal);
		}
		return new Reading(
				new ImportReview(this.process, newProcess, this.date, senders, this.addressees, references, kept),
				problems);
	}

	/** The review a form describes, and the form's own refusals at its fields. */
	record Reading(ImportReview review, List<InvalidInput> problems) {
	}

	/**
	 * The rows of the form that become the review's meetings, in order: the review's
	 * meeting {@code n} is the form's row {@code keptRows().get(n)}. A row left unticked,
	 * or without a date, is not a meeting.
	 */
	List<Integer> keptRows() {
		var rows = new ArrayList<Integer>();
		for (int i = 0; i < this.meetings.size(); i++) {
			var row = this.meetings.get(i);
			if (row.isInclude() && row.getDate() != null) {
				rows.add(i);
			}
		}
		return rows;
	}

	/**
	 * The form's field for a field the review was refused on: the review counts only the
	 * meetings kept ({@code meetings[1].status} is the second meeting kept), the form
	 * every row; any other field is the form's own.
	 */
	String fieldOf(String refused) {
		var meeting = REVIEW_MEETING.matcher(refused);
		if (!meeting.matches()) {
			return refused;
		}
		var rows = keptRows();
		var kept = Integer.parseInt(meeting.group(1));
		return kept < rows.size()
				? "meetings[%d]%s".formatted(rows.get(kept), java.util.Objects.toString(meeting.group(2), ""))
				: refused;
	}

	/**
	 * A refusal of the review as the page shows it: at the form's field, and a meeting's
	 * named by the number its group has on the page (its first argument, when it has one)
	 * rather than by its place among the meetings kept.
	 */
	InvalidInput onPage(InvalidInput refused) {
		var field = fieldOf(refused.field());
		if (field.equals(refused.field())) {
			return refused;
		}
		var said = refused.said();
		var arguments = said.arguments();
		var row = ROW_FIELD.matcher(field);
		if (row.matches() && arguments.length > 0 && arguments[0] instanceof Integer) {
			arguments[0] = Integer.parseInt(row.group(1)) + 1;
		}
		return new InvalidInput(field, new Said(said.code(), said.english(), arguments));
	}

	/**
	 * Where a field comes on the page, for listing refusals in the order a person meets
	 * the fields: those above the meetings, then each meeting's in turn, then the rest.
	 */
	int pageOrder(String field) {
		int above = FIELDS.indexOf(field);
		if (above >= 0) {
			return above;
		}
		var row = ROW_FIELD.matcher(field);
		if (row.matches() && ROW_FIELDS.contains(row.group(2))) {
			return FIELDS.size() + Integer.parseInt(row.group(1)) * ROW_FIELDS.size()
					+ ROW_FIELDS.indexOf(row.group(2));
		}
		return Integer.MAX_VALUE;
	}

	/** Whether a field names one of the form's own fields, which can show its message. */
	boolean hasField(String field) {
		if (FIELDS.contains(field)) {
			return true;
		}
		var meeting = ROW_FIELD.matcher(field);
		return meeting.matches() && ROW_FIELDS.contains(meeting.group(2))
				&& Integer.parseInt(meeting.group(1)) < this.meetings.size();
	}

	public @Nullable UUID getProcess() {
		return this.process;
	}

	public void setProcess(@Nullable UUID process) {
		this.process = process;
	}

	public @Nullable String getNewShortName() {
		return this.newShortName;
	}

	public void setNewShortName(@Nullable String newShortName) {
		this.newShortName = newShortName;
	}

	public @Nullable String getNewName() {
		return this.newName;
	}

	public void setNewName(@Nullable String newName) {
		this.newName = newName;
	}

	public @Nullable LocalDate getDate() {
		return this.date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable String getSenders() {
		return this.senders;
	}

	public void setSenders(@Nullable String senders) {
		this.senders = senders;
	}

	public @Nullable String getAddressees() {
		return this.addressees;
	}

	public void setAddressees(@Nullable String addressees) {
		this.addressees = addressees;
	}

	public @Nullable String getReferences() {
		return this.references;
	}

	public void setReferences(@Nullable String references) {
		this.references = references;
	}

	public List<MeetingRow> getMeetings() {
		return this.meetings;
	}

	public void setMeetings(List<MeetingRow> meetings) {
		this.meetings = meetings;
	}

	/** One meeting of the review: kept or not, and its fields as corrected. */
	public static class MeetingRow {

		private boolean include;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate date;

		@DateTimeFormat(pattern = "HH:mm")
		private @Nullable LocalTime start;

		@DateTimeFormat(pattern = "HH:mm")
		private @Nullable LocalTime end;

		private @Nullable String venue;

		private @Nullable String format;

		private @Nullable String topic;

		private Extraction.Status status = Extraction.Status.PROVISIONAL;

		public boolean isInclude() {
			return this.include;
		}

		public void setInclude(boolean include) {
			this.include = include;
		}

		public @Nullable LocalDate getDate() {
			return this.date;
		}

		public void setDate(@Nullable LocalDate date) {
			this.date = date;
		}

		public @Nullable LocalTime getStart() {
			return this.start;
		}

		public void setStart(@Nullable LocalTime start) {
			this.start = start;
		}

		public @Nullable LocalTime getEnd() {
			return this.end;
		}

		public void setEnd(@Nullable LocalTime end) {
			this.end = end;
		}

		public @Nullable String getVenue() {
			return this.venue;
		}

		public void setVenue(@Nullable String venue) {
			this.venue = venue;
		}

		public @Nullable String getFormat() {
			return this.format;
		}

		public void setFormat(@Nullable String format) {
			this.format = format;
		}

		public @Nullable String getTopic() {
			return this.topic;
		}

		public void setTopic(@Nullable String topic) {
			this.topic = topic;
		}

		public Extraction.Status getStatus() {
			return this.status;
		}

		/**
		 * A meeting "scheduled" by the letter is provisional on the programme, and here.
		 */
		public void setStatus(Extraction.@Nullable Status status) {
			this.status = status == null || status == Extraction.Status.SCHEDULED ? Extraction.Status.PROVISIONAL
					: status;
		}

	}

}
