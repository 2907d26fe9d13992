package org.plenary.correspondence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.AnnounceMeetings;
import org.plenary.schedule.MeetingStatus;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Programme;
import org.plenary.schedule.Slot;
import org.plenary.schedule.VenueTaken;
import org.plenary.schedule.Warning;
import org.plenary.system.Dates;
import org.plenary.system.InvalidInput;
import org.plenary.system.Language;
import org.plenary.system.Refusal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second half of importing the archive, after {@link LetterImports} has read a file:
 * its review — the text with what the extractor found highlighted, the scanned pages, the
 * review to start from — and, once a person has corrected it, chosen or created the
 * process and confirmed, the storing: the letters of the file in the archive, circulated
 * as they were, with their signatories and references, and the meetings they announce on
 * the programme, with the status the review gives them. All or nothing. Only the uploader
 * and the register's keepers review and store a file, and only someone who keeps the
 * process's archive stores its letters.
 */
@Service
public class ImportConfirmation {

	private static final Pattern SALUTATION = Pattern.compile("^\\s*((?:Excellency|Dear)\\b[^\\n]{0,70})$",
			Pattern.MULTILINE);

	/**
	 * A salutation inside a line, where OCR ran a letter together: "… 28 June 2006 Dear
	 * Colleague, Under the able leadership …", "… June 27, 2006 Mr. President: Your …".
	 */
	private static final Pattern INLINE_SALUTATION = Pattern
		.compile("\\b(Excellency,|Dear\\s+[A-Z][^,:\\n]{0,40}[,:]|(?:Mr\\.?|Madam)\\s+[Pp]resident[:,])");

	private static final Pattern APPOINTS = Pattern.compile("\\bappoint(?:ed|ing)?\\b");

	private final ImportBatchRepository batches;

	private final ImportFileRepository files;

	private final LetterSourceRepository sources;

	private final ImportPages pages;

	private final Letters letters;

	private final Processes processes;

	private final Programme programme;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final LetterExtractor extractor;

	ImportConfirmation(ImportBatchRepository batches, ImportFileRepository files, LetterSourceRepository sources,
			ImportPages pages, Letters letters, Processes processes, Programme programme, AuditTrail audit, Clock clock,
			JsonMapper json, PlatformTransactionManager transactions, LetterExtractor extractor) {
		this.batches = batches;
		this.files = files;
		this.sources = sources;
		this.pages = pages;
		this.letters = letters;
		this.processes = processes;
		this.programme = programme;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
		this.extractor = extractor;
	}

	/** An imported file with its text, its highlights and the review to start from. */
	@Transactional(readOnly = true)
	public ImportDetails details(UUID id, Actor actor) {
		var file = load(id, actor);
		var mayRun = this.processes.processes().stream().filter((p) -> actor.mayRun(p.id().value())).toList();
		var text = file.sourceText();
		if (text == null) {
			return new ImportDetails(file.toView(), null, List.of(), null, mayRun, List.of(), 0, List.of());
		}
		var scanned = this.pages.count(id);
		if (file.extraction() == null) {
			return new ImportDetails(file.toView(), null, List.of(new Highlights.Segment(text)), null, mayRun,
					List.of(), scanned, List.of());
		}
		var extraction = extraction(file);
		var process = suggestedProcess(extraction).map((p) -> p.id().value()).orElse(null);
		var parts = LetterExtractor.letters(text);
		return new ImportDetails(file.toView(), extraction, Highlights.segments(text, Highlights.of(text, extraction)),
				ImportReview.of(extraction, process), mayRun, parts.stream().map(LetterExtractor.Letter::date).toList(),
				scanned,
				parts.stream()
					.skip(1)
					.map((p) -> this.extractor.written(p.text()).addressees())
					.filter(java.util.Objects::nonNull)
					.toList());
	}

	/** The image of a scanned page of an imported file, as PNG, for its reviewer. */
	@Transactional(readOnly = true)
	public byte[] pageImage(UUID id, int number, Actor actor) {
		load(id, actor);
		return this.pages.image(id, number).orElseThrow(() -> new ImportNotFound(id));
	}

	/**
	 * Stores a reviewed file: its letters in the archive, circulated as they were, and
	 * the meetings it announces on the programme. All or nothing.
	 */
	@Transactional
	public LetterView confirm(UUID id, ImportReview review, Actor actor) {
		return confirmNow(load(id, actor), review, actor);
	}

	private LetterView confirmNow(ImportFile file, ImportReview review, Actor actor) {
		switch (file.status()) {
			case IMPORTED -> throw new AlreadyImported("This file is stored already.", file.letterId());
			case DUPLICATE -> throw new AlreadyImported(
					"This letter is in the archive already, or waiting in " + "another file: it is not stored twice.",
					file.letterId());
			case FAILED -> throw new AlreadyImported("This file could not be read; there is nothing to store.", null);
			case QUEUED -> throw new AlreadyImported("This file is still being read; try again in a moment.", null);
			case NEEDS_REVIEW -> {
			}
		}
		var problems = problems(review);
		if (!problems.isEmpty()) {
			throw InvalidInput.all(problems);
		}
		ProcessView process;
		if (review.process() != null) {
			process = this.processes.process(new ProcessId(review.process()));
		}
		else if (review.newProcess() != null) {
			process = this.processes.create(review.newProcess(), actor);
		}
		else {
			throw new IllegalStateException("A review without a process passed its check");
		}
		this.letters.requireArchivist(process.id().value(), actor);
		var fingerprint = java.util.Objects.requireNonNull(file.fingerprint());
		var stored = store(java.util.Objects.requireNonNull(file.sourceText()), review, process, file.fileName(),
				fingerprint, actor);
		file.stored(stored.id().value(), this.clock.instant());
		this.audit.record(actor, "letters.imported", "letter " + stored.id(), "from " + file.fileName());
		return stored;
	}

	/**
	 * What a review lacks or gets wrong before anything is stored, every mistake at once:
	 * the date, a signer, each meeting's date (in range, and not held before its day) and
	 * the process. The meetings are counted as the review keeps them.
	 */
	public List<InvalidInput> problems(ImportReview review) {
		var problems = new ArrayList<InvalidInput>();
		if (review.date() == null) {
			problems
				.add(new InvalidInput("date", "Give the letter's date: the text states none.", "imports.date.missing"));
		}
		else if (!Dates.inRange(review.date())) {
			problems.add(new InvalidInput("date", Dates.OUT_OF_RANGE, "date.outOfRange"));
		}
		if (review.senders().isEmpty()) {
			problems.add(new InvalidInput("senders", "Give at least one person who signed the letter.",
					"imports.senders.missing"));
		}
		var today = LocalDate.now(this.clock);
		for (int i = 0; i < review.meetings().size(); i++) {
			var meeting = review.meetings().get(i);
			int number = i + 1;
			if (meeting.date() == null) {
				problems.add(new InvalidInput("meetings[%d].date".formatted(i),
						"Give the date of meeting %d.".formatted(number), "imports.meeting.dateMissing", number));
			}
			else if (!Dates.inRange(meeting.date())) {
				problems.add(new InvalidInput("meetings[%d].date".formatted(i), Dates.OUT_OF_RANGE, "date.outOfRange"));
			}
			else if (meeting.status() == Extraction.Status.HELD && meeting.date().isAfter(today)) {
				problems.add(new InvalidInput("meetings[%d].status".formatted(i),
						"Meeting %d cannot have been held: %s has not come yet.".formatted(number,
								Language.ENGLISH.longDate(meeting.date())),
						"imports.meeting.notYetHeld", number, meeting.date()));
			}
		}
		if (review.process() == null && review.newProcess() == null) {
			problems.add(new InvalidInput("process", "Choose the process the letter belongs to, or create one.",
					"imports.process.missing"));
		}
		return problems;
	}

	/**
	 * Stores the letters of a text as reviewed: each letter of the file (a cover letter
	 * and what it encloses) with its paragraphs, signatories and references, the meetings
	 * on the programme, and the text's fingerprint. Answers the file's first letter.
	 */
	LetterView store(String text, ImportReview review, ProcessView process, String fileName, String fingerprint,
			Actor actor) {
		if (this.sources.existsById(fingerprint)) {
			throw new AlreadyImported("This letter is in the archive already; nothing was added.",
					this.sources.findById(fingerprint).map(LetterSource::letterId).orElse(null));
		}
		var meetings = meetingsFor(process, review.meetings(), review.date(), actor);
		var parts = LetterExtractor.letters(text);
		var president = review.senders()
			.stream()
			.filter((s) -> s.role() != null && s.role().contains("President"))
			.toList();
		var others = review.senders().stream().filter((s) -> !president.contains(s)).toList();
		var placed = new ArrayList<Reference>();
		LetterView enclosed = null;
		for (int i = parts.size() - 1; i >= 0; i--) {
			var part = parts.get(i);
			var cover = parts.size() > 1 && i == 0;
			var date = i == 0 || part.date() == null ? (review.date() != null ? review.date() : part.date())
					: part.date();
			var signers = cover ? (president.isEmpty() ? review.senders() : president)
					: (others.isEmpty() ? review.senders() : others);
			var kind = cover ? LetterKind.TRANSMITTAL
					: others.isEmpty() && !president.isEmpty()
							? (APPOINTS.matcher(part.text()).find() ? LetterKind.APPOINTMENT : LetterKind.OTHER)
							: LetterKind.FACILITATORS;
			var references = review.references()
				.stream()
				.filter((r) -> mentions(part.text(), r) || (cover || parts.size() == 1) && !placed.contains(r)
						&& parts.stream().noneMatch((p) -> mentions(p.text(), r)))
				.toList();
			placed.addAll(references);
			var letterDate = date;
			var programmeIds = cover ? List.<UUID>of()
					: meetings.stream()
						.filter((m) -> letterDate == null || !m.slot().heldOn().isBefore(letterDate))
						.map((m) -> m.id().value())
						.toList();
			// A letter of the file other than the cover says itself to whom it is written
			// and what its signers are ("Co-Chair", "Ambassador and Permanent
			// Representative of Georgia").
			var written = cover ? null : this.extractor.written(part.text());
			var signatories = signers.stream()
				.map((s) -> new Signatory(s.name(), titleOf(s, written), s.role()))
				.toList();
			var ownAddressees = written != null && parts.size() > 1 ? written.addressees() : null;
			enclosed = this.letters.archive(new LetterDraft(kind, process.id().value(), date, null,
					ownAddressees != null ? ownAddressees
							: review.addressees() == null || review.addressees().isBlank()
									? LetterDraft.ALL_PERMANENT_REPRESENTATIVES : review.addressees().strip(),
					salutation(part.text()), paragraphs(part.text()), signatories, references,
					cover && enclosed != null ? enclosed.id() : null, programmeIds), actor);
		}
		var first = java.util.Objects.requireNonNull(enclosed);
		try {
			this.sources
				.saveAndFlush(new LetterSource(fingerprint, first.id().value(), fileName, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			throw new AlreadyImported("This letter was stored a moment ago by someone else; nothing was added.", null);
		}
		return first;
	}

	/**
	 * A signer's title as the letter's block writes it; where it writes none, the
	 * representative of the signer's State, where known.
	 */
	private static @Nullable String titleOf(Extraction.Sender signer, LetterExtractor.@Nullable Written written) {
		var title = written == null ? null : written.titleOf(signer.written());
		if (title == null && written != null && !signer.written().equals(signer.name())) {
			title = written.titleOf(signer.name());
		}
		return title != null ? title
				: signer.country() == null ? null : "Permanent Representative of " + signer.country();
	}

	/**
	 * The meetings a letter announces, on the programme: those already there (the same
	 * day and start) are found, the others planned — provisional, or held when their day
	 * has passed or the letter says they were. A meeting the letter says is cancelled or
	 * postponed is so on the programme, never planned as an ordinary one.
	 */
	private List<MeetingView> meetingsFor(ProcessView process, List<ImportReview.Meeting> wanted,
			@Nullable LocalDate letterDate, Actor actor) {
		// What the programme notes on each meeting, which the public reads: the letter,
		// not the file it came in.
		var source = letterDate == null ? "An undated letter of the archive"
				: "Letter of " + LetterView.UN_DATE.format(letterDate);
		try {
			return this.programme.announce(new AnnounceMeetings(process.id(), source,
					wanted.stream()
						.map((m) -> new AnnounceMeetings.Announced(m.date(), m.start(), m.end(), m.format(), m.venue(),
								m.topic(), onTheProgramme(m.status())))
						.toList()),
					actor);
		}
		catch (VenueTaken taken) {
			var meeting = meetingIn(wanted, taken);
			throw meeting < 0 ? taken : new MeetingRoomTaken(meeting, taken);
		}
	}

	/**
	 * The meeting of the review whose room is taken: the first, in a room, whose times
	 * cross those of the meeting holding the room; -1 when none does.
	 */
	private int meetingIn(List<ImportReview.Meeting> wanted, VenueTaken taken) {
		for (var warning : taken.warnings()) {
			if (warning.kind() != Warning.Kind.VENUE_TAKEN || warning.otherMeeting() == null) {
				continue;
			}
			var holding = this.programme.meeting(warning.otherMeeting()).slot();
			for (int i = 0; i < wanted.size(); i++) {
				var meeting = wanted.get(i);
				if (meeting.venue() != null && meeting.start() != null
						&& new Slot(meeting.date(), meeting.start(), meeting.end()).overlaps(holding)) {
					return i;
				}
			}
		}
		return -1;
	}

	/**
	 * Where a meeting stands on the programme when a letter says so: scheduled and
	 * provisional alike are provisional until the programme confirms them.
	 */
	private static MeetingStatus onTheProgramme(Extraction.Status status) {
		return switch (status) {
			case SCHEDULED, PROVISIONAL -> MeetingStatus.PROVISIONAL;
			case HELD -> MeetingStatus.HELD;
			case POSTPONED -> MeetingStatus.POSTPONED;
			case CANCELLED -> MeetingStatus.CANCELLED;
		};
	}

	/**
	 * The blocks between the salutation and the closing formula: the letter's paragraphs,
	 * without tables. A fragment without either keeps every block of prose.
	 */
	/**
	 * How the letter greets: its salutation's line ("Excellency,"), or one inside a line
	 * OCR ran together ("Dear Colleague,"); "Excellency," where it has none.
	 */
	static String salutation(String letter) {
		var line = SALUTATION.matcher(letter);
		if (line.find()) {
			return line.group(1).strip();
		}
		var inline = INLINE_SALUTATION.matcher(letter);
		return inline.find() ? inline.group(1) : "Excellency,";
	}

	static List<String> paragraphs(String letter) {
		// The extractor's paragraphs: blank lines part them, except inside a sentence
		// whose lines OCR parted.
		var blocks = LetterExtractor.paragraphs(letter)
			.stream()
			.map((lines) -> String.join("\n", lines).replace("**", "").strip().replaceAll("\\s*\\n\\s*", " "))
			.filter((b) -> !b.isEmpty())
			.toList();
		var paragraphs = new ArrayList<String>();
		if (blocks.size() == 1) {
			// A letter OCR ran into one line: its body runs from the salutation inside it
			// to its closing.
			var inline = INLINE_SALUTATION.matcher(blocks.get(0));
			if (inline.find()) {
				var body = blocks.get(0).substring(inline.end());
				int closing = body.indexOf("Please accept");
				body = (closing > 0 ? body.substring(0, closing) : body).strip();
				if (body.length() > 40) {
					return List.of(shorten(body, 4000));
				}
			}
		}
		var inBody = blocks.stream().noneMatch((b) -> b.startsWith("Excellency") || b.startsWith("Dear"));
		for (var block : blocks) {
			if (block.startsWith("Please accept")) {
				break;
			}
			if (block.startsWith("Excellency") || block.startsWith("Dear")) {
				inBody = true;
				continue;
			}
			if (inBody && block.length() > 40 && !block.contains("\t") && !block.startsWith("|")) {
				paragraphs.add(shorten(block, 4000));
			}
		}
		if (paragraphs.isEmpty()) {
			blocks.stream().filter((b) -> !b.contains("\t")).map((b) -> shorten(b, 4000)).forEach(paragraphs::add);
		}
		if (paragraphs.isEmpty()) {
			paragraphs.add(shorten(letter.strip().replaceAll("\\s+", " "), 4000));
		}
		return paragraphs;
	}

	private static boolean mentions(String text, Reference reference) {
		return switch (reference.kind()) {
			case DECISION, RESOLUTION -> text.contains(reference.cited());
			case LETTER -> text.contains(LetterView.UN_DATE.format(LocalDate.parse(reference.cited())));
		};
	}

	/** The process a letter names, when the register knows it. */
	Optional<ProcessView> suggestedProcess(Extraction extraction) {
		var named = extraction.process();
		if (named == null) {
			return Optional.empty();
		}
		return this.processes.processes().stream().filter((p) -> p.isNamed(named)).findFirst();
	}

	/**
	 * Stores a file that has just been read, for an uploader who asked that letters that
	 * read completely be stored without review; a file that does not read completely gets
	 * the reason and waits for its review.
	 */
	void storeIfComplete(UUID id, Actor actor) {
		var reason = this.transactions.execute((status) -> {
			var file = this.files.findById(id).orElseThrow();
			if (file.status() != ImportStatus.NEEDS_REVIEW) {
				return null;
			}
			var extraction = extraction(file);
			var process = suggestedProcess(extraction);
			if (extraction.date() == null) {
				return ImportNote.NO_DATE;
			}
			if (process.isEmpty()) {
				return ImportNote.NO_PROCESS;
			}
			if (extraction.senders().isEmpty()) {
				return ImportNote.NO_SIGNER;
			}
			try {
				confirmNow(file, ImportReview.of(extraction, process.get().id().value()), actor);
				return null;
			}
			catch (Refusal | IllegalArgumentException refusal) {
				status.setRollbackOnly();
				return refusal instanceof Refusal r ? ImportNote.of(r)
						: new ImportNote(String.valueOf(refusal.getMessage()), null, List.of());
			}
		});
		if (reason != null) {
			this.transactions
				.executeWithoutResult((status) -> this.files.findById(id).ifPresent((f) -> f.remark(reason)));
		}
	}

	Extraction extraction(ImportFile file) {
		return this.json.readValue(java.util.Objects.requireNonNull(file.extraction()), Extraction.class);
	}

	private ImportFile load(UUID id, Actor actor) {
		var file = this.files.findById(id).orElseThrow(() -> new ImportNotFound(id));
		this.batches.findById(file.batchId()).orElseThrow(() -> new ImportNotFound(id)).requireReader(actor);
		return file;
	}

	private static @Nullable String shorten(@Nullable String text, int most) {
		return text == null || text.length() <= most ? text : text.substring(0, most - 1) + "…";
	}

}
