package org.plenary.correspondence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.AnnounceMeetings;
import org.plenary.schedule.MeetingStatus;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Programme;
import org.plenary.system.ScannedPages;
import org.plenary.system.InvalidInput;
import org.plenary.system.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importing the archive. Files are uploaded one at a time or a folder at once; each is
 * read in the background (its text, what the extractor finds in it, a fingerprint of the
 * text); a person reviews what was found next to the text, corrects it, chooses or
 * creates the process, and confirms. Only then are the letters stored in the archive and
 * the meetings they announce put on the programme — provisional, or held when their day
 * has passed. The same letter imported twice is found by its fingerprint and stored once.
 * A file that cannot be read gets its reason; the others go on.
 */
@Service
public class LetterImports {

	private static final Logger log = LoggerFactory.getLogger(LetterImports.class);

	/** Files one upload may hold: a folder of a few years' letters. */
	public static final int MOST_FILES = 1000;

	private static final String NO_DATE = "The letter states no date: give it before storing the letter.";

	/** A queued file nobody has read this long after its upload is lost. */
	static final java.time.Duration LOST_AFTER = java.time.Duration.ofHours(1);

	private static final Pattern SALUTATION = Pattern.compile("^\\s*((?:Excellency|Dear)\\b[^\\n]{0,70})$",
			Pattern.MULTILINE);

	private static final Pattern APPOINTS = Pattern.compile("\\bappoint(?:ed|ing)?\\b");

	private final ImportBatchRepository batches;

	private final ImportFileRepository files;

	private final LetterSourceRepository sources;

	private final ImportSpool spool;

	private final ScannedPages scans;

	private final LetterExtractor extractor;

	private final Letters letters;

	private final Processes processes;

	private final Programme programme;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final TaskExecutor executor;

	private final ImportPages pages;

	LetterImports(ImportBatchRepository batches, ImportFileRepository files, LetterSourceRepository sources,
			ImportSpool spool, LetterExtractor extractor, Letters letters, Processes processes, Programme programme,
			AuditTrail audit, Clock clock, JsonMapper json, PlatformTransactionManager transactions,
			TaskExecutor executor, ScannedPages scans, ImportPages pages) {
		this.scans = scans;
		this.pages = pages;
		this.batches = batches;
		this.files = files;
		this.sources = sources;
		this.spool = spool;
		this.extractor = extractor;
		this.letters = letters;
		this.processes = processes;
		this.programme = programme;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
		this.transactions = new TransactionTemplate(transactions);
		this.executor = executor;
	}

	/** A file as it was uploaded: its name and its bytes. */
	public record Upload(String name, byte[] content) {
	}

	/**
	 * Who may import letters: whoever runs a process (its facilitators and secretariat)
	 * or keeps the register.
	 */
	public boolean mayImport(Actor actor) {
		return actor.keepsTheRegister()
				|| actor.grants().stream().anyMatch((g) -> g.process() != null && actor.mayRun(g.process()));
	}

	/**
	 * Takes the files of one upload and reads them in the background; answers the batch
	 * at once, its files queued (or refused already, when empty or too large).
	 */
	public ImportBatchView upload(List<Upload> uploads, boolean storeComplete, Actor actor) {
		if (!mayImport(actor)) {
			throw new NotPermitted(actor, "import letters");
		}
		if (uploads.isEmpty()) {
			throw new InvalidInput("files", "Choose at least one file to import.");
		}
		if (uploads.size() > MOST_FILES) {
			throw new InvalidInput("files", "At most %,d files at once (%,d were sent): import the folder in parts."
				.formatted(MOST_FILES, uploads.size()));
		}
		var batch = this.transactions.execute((status) -> {
			var saved = this.batches
				.save(new ImportBatch(actor.username(), this.clock.instant(), storeComplete, uploads.size()));
			for (int i = 0; i < uploads.size(); i++) {
				var upload = uploads.get(i);
				var file = new ImportFile(saved.id(), i, fileName(upload.name()), upload.content().length);
				if (upload.content().length == 0) {
					file.fail("The file is empty.", this.clock.instant());
				}
				else if (upload.content().length > LetterFiles.MOST_BYTES) {
					file.fail("The file is larger than 10 MB (%,d bytes): a letter is smaller; is it the right file?"
						.formatted(upload.content().length), this.clock.instant());
				}
				else {
					this.spool.put(file.id(), upload.content());
				}
				this.files.save(file);
			}
			this.audit.record(actor, "letters.uploaded", "import " + saved.id(), uploads.size() + " file(s)");
			return view(saved);
		});
		this.executor.execute(() -> read(batch.id(), storeComplete ? actor : null));
		return batch;
	}

	/**
	 * Reads a batch's queued files one by one, each in its own transaction so that the
	 * progress shows as it goes; stores those that read completely when the uploader
	 * asked for it.
	 */
	void read(UUID batch, @Nullable Actor storeAs) {
		readQueued(batch, storeAs, true);
	}

	/**
	 * After a restart: reads the queued files whose upload this instance keeps, and
	 * reports as lost those no instance has read an hour after their upload (another
	 * instance may be reading the others).
	 */
	void resume(UUID batch) {
		var uploaded = this.batches.findById(batch).map(ImportBatch::uploadedAt).orElse(null);
		readQueued(batch, null, uploaded == null || uploaded.isBefore(this.clock.instant().minus(LOST_AFTER)));
	}

	private void readQueued(UUID batch, @Nullable Actor storeAs, boolean lostWhenMissing) {
		for (var queued : this.files.findByBatchIdAndStatusOrderByPosition(batch, ImportStatus.QUEUED)) {
			var id = queued.id();
			try {
				readOne(id, lostWhenMissing);
			}
			catch (RuntimeException ex) {
				log.warn("Could not read imported file {}", id, ex);
				this.transactions
					.executeWithoutResult(
							(status) -> this.files.findById(id)
								.filter((f) -> f.status() == ImportStatus.QUEUED)
								.ifPresent(
										(f) -> f.fail(
												"Plenary could not read this file (" + ex.getClass().getSimpleName()
														+ "); try again, or import it as text.",
												this.clock.instant())));
			}
			this.spool.delete(id);
			if (storeAs != null) {
				storeIfComplete(id, storeAs);
			}
		}
	}

	/**
	 * Reads one queued file: its text (a scan's by OCR, its pages kept for the review)
	 * and what the extractor finds, outside any transaction — OCR may take minutes — then
	 * stores what was read in a short one.
	 */
	private void readOne(UUID id, boolean lostWhenMissing) {
		var queued = this.transactions.execute((status) -> this.files.findById(id)
			.filter((file) -> file.status() == ImportStatus.QUEUED)
			.map(ImportFile::fileName)
			.orElse(null));
		if (queued == null) {
			return;
		}
		var content = this.spool.take(id);
		if (content.isEmpty()) {
			if (lostWhenMissing) {
				this.transactions.executeWithoutResult((status) -> queuedFile(id).ifPresent((file) -> file
					.fail("Plenary stopped before reading this file: upload it again.", this.clock.instant())));
			}
			return;
		}
		CleanedText text;
		Extraction extraction;
		try {
			text = CleanedText.of(LetterFiles.text(content.get(), queued, this.scans, this.pages.of(id)));
			extraction = this.extractor.extract(text);
		}
		catch (UnreadableLetter refusal) {
			this.transactions.executeWithoutResult(
					(status) -> queuedFile(id).ifPresent((file) -> file.fail(refusal.reason(), this.clock.instant())));
			return;
		}
		this.transactions
			.executeWithoutResult((status) -> queuedFile(id).ifPresent((file) -> store(file, text, extraction)));
	}

	private Optional<ImportFile> queuedFile(UUID id) {
		return this.files.findById(id).filter((file) -> file.status() == ImportStatus.QUEUED);
	}

	private void store(ImportFile file, CleanedText cleaned, Extraction extraction) {
		var id = file.id();
		var now = this.clock.instant();
		var text = cleaned.text();
		var fingerprint = fingerprint(cleaned);
		var stored = this.sources.findById(fingerprint);
		if (stored.isPresent()) {
			file.duplicate(text, fingerprint, stored.get().letterId(),
					"This letter is in the archive already; nothing was added.", now);
			return;
		}
		var waiting = this.files.findByFingerprintAndStatus(fingerprint, ImportStatus.NEEDS_REVIEW)
			.stream()
			.filter((other) -> !other.id().equals(id))
			.findFirst();
		if (waiting.isPresent()) {
			file.duplicate(text, fingerprint, null,
					"The same letter as %s, which is waiting for review.".formatted(waiting.get().fileName()), now);
			return;
		}
		file.read(text, this.json.writeValueAsString(extraction), fingerprint,
				extraction.date() == null ? NO_DATE : null, now);
	}

	private void storeIfComplete(UUID id, Actor actor) {
		var reason = this.transactions.execute((status) -> {
			var file = this.files.findById(id).orElseThrow();
			if (file.status() != ImportStatus.NEEDS_REVIEW) {
				return null;
			}
			var extraction = extraction(file);
			var process = suggestedProcess(extraction);
			if (extraction.date() == null) {
				return NO_DATE;
			}
			if (process.isEmpty()) {
				return "The letter names no process Plenary knows: choose one, or create it.";
			}
			if (extraction.senders().isEmpty()) {
				return "No signatory was found: add who signed the letter.";
			}
			try {
				confirmNow(file, ImportReview.of(extraction, process.get().id().value()), actor);
				return null;
			}
			catch (Refusal | IllegalArgumentException refusal) {
				status.setRollbackOnly();
				return refusal instanceof Refusal r ? r.detail() : refusal.getMessage();
			}
		});
		if (reason != null) {
			this.transactions
				.executeWithoutResult((status) -> this.files.findById(id).ifPresent((f) -> f.remark(reason)));
		}
	}

	/** A batch, for its uploader and the register's keepers. */
	@Transactional(readOnly = true)
	public ImportBatchView batch(UUID id, Actor actor) {
		var batch = this.batches.findById(id).orElseThrow(() -> new ImportNotFound(id));
		requireReader(batch.uploadedBy(), actor);
		return view(batch);
	}

	/** The latest batches someone uploaded (all of them, for the register's keepers). */
	@Transactional(readOnly = true)
	public List<ImportBatchView> batches(Actor actor) {
		if (!mayImport(actor)) {
			throw new NotPermitted(actor, "import letters");
		}
		return (actor.keepsTheRegister() ? this.batches.findTop20ByOrderByUploadedAtDesc()
				: this.batches.findTop20ByUploadedByOrderByUploadedAtDesc(actor.username()))
			.stream()
			.map(this::view)
			.toList();
	}

	/** An imported file with its text, its highlights and the review to start from. */
	@Transactional(readOnly = true)
	public ImportDetails details(UUID id, Actor actor) {
		var file = load(id, actor);
		var mayRun = this.processes.processes().stream().filter((p) -> actor.mayRun(p.id().value())).toList();
		var text = file.sourceText();
		if (text == null) {
			return new ImportDetails(file.toView(), null, List.of(), null, mayRun, 0, 0);
		}
		var scanned = this.pages.count(id);
		if (file.extraction() == null) {
			return new ImportDetails(file.toView(), null, List.of(new Highlights.Segment(text, null, null)), null,
					mayRun, 0, scanned);
		}
		var extraction = extraction(file);
		var process = suggestedProcess(extraction).map((p) -> p.id().value()).orElse(null);
		return new ImportDetails(file.toView(), extraction, Highlights.segments(text, Highlights.of(text, extraction)),
				ImportReview.of(extraction, process), mayRun, LetterExtractor.splitLetters(text).size(), scanned);
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
		if (review.date() == null) {
			throw new InvalidInput("date", "Give the letter's date: the text states none.");
		}
		if (review.senders().isEmpty()) {
			throw new InvalidInput("senders", "Give at least one person who signed the letter.");
		}
		ProcessView process;
		if (review.process() != null) {
			process = this.processes.process(new ProcessId(review.process()));
		}
		else if (review.newProcess() != null) {
			process = this.processes.create(review.newProcess(), actor);
		}
		else {
			throw new InvalidInput("process", "Choose the process the letter belongs to, or create one.");
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
		var meetings = meetingsFor(process, review.meetings(), fileName, actor);
		var parts = LetterExtractor.splitLetters(text);
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
			var signatories = signers.stream()
				.map((s) -> new Signatory(s.name(),
						s.country() == null ? null : "Permanent Representative of " + s.country(), s.role()))
				.toList();
			var salutation = SALUTATION.matcher(part.text());
			enclosed = this.letters.archive(new LetterDraft(kind, process.id().value(), date, null,
					review.addressees() == null || review.addressees().isBlank()
							? LetterDraft.ALL_PERMANENT_REPRESENTATIVES : review.addressees().strip(),
					salutation.find() ? salutation.group(1).strip() : "Excellency,", paragraphs(part.text()),
					signatories, references, cover && enclosed != null ? enclosed.id() : null, programmeIds), actor);
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
	 * The meetings a letter announces, on the programme: those already there (the same
	 * day and start) are found, the others planned — provisional, or held when their day
	 * has passed or the letter says they were. A meeting the letter says is cancelled or
	 * postponed is so on the programme, never planned as an ordinary one.
	 */
	private List<MeetingView> meetingsFor(ProcessView process, List<ImportReview.Meeting> wanted, String fileName,
			Actor actor) {
		return this.programme.announce(new AnnounceMeetings(process.id(), "Imported from " + fileName,
				wanted.stream()
					.map((m) -> new AnnounceMeetings.Announced(m.date(), m.start(), m.end(), m.format(), m.venue(),
							m.topic(), onTheProgramme(m.status())))
					.toList()),
				actor);
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
	static List<String> paragraphs(String letter) {
		var blocks = java.util.Arrays.stream(letter.split("\\n\\s*\\n"))
			.map((b) -> b.replace("**", "").strip().replaceAll("\\s*\\n\\s*", " "))
			.filter((b) -> !b.isEmpty())
			.toList();
		var paragraphs = new ArrayList<String>();
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
		return this.processes.processes()
			.stream()
			.filter((p) -> p.name().equalsIgnoreCase(named) || p.shortName().equalsIgnoreCase(named))
			.findFirst();
	}

	/**
	 * What identifies a letter's text whatever its file: SHA-256 of its letters and
	 * digits, lower case — the same letter as text, PDF or Word has one fingerprint when
	 * their words are the same.
	 */
	static String fingerprint(CleanedText cleaned) {
		var text = cleaned.text();
		var kept = new StringBuilder(text.length());
		text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
		try {
			return HexFormat.of()
				.formatHex(
						MessageDigest.getInstance("SHA-256").digest(kept.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Extraction extraction(ImportFile file) {
		return this.json.readValue(java.util.Objects.requireNonNull(file.extraction()), Extraction.class);
	}

	private ImportFile load(UUID id, Actor actor) {
		var file = this.files.findById(id).orElseThrow(() -> new ImportNotFound(id));
		var batch = this.batches.findById(file.batchId()).orElseThrow(() -> new ImportNotFound(id));
		requireReader(batch.uploadedBy(), actor);
		return file;
	}

	/**
	 * Only the uploader reads and stores a file (and the register's keepers): an import
	 * is a person's work in progress until it is stored.
	 */
	private static void requireReader(String uploadedBy, Actor actor) {
		if (actor.keepsTheRegister() || actor.username().equals(uploadedBy) && !actor.isAnonymous()) {
			return;
		}
		throw new NotPermitted(actor, actor.isAnonymous() ? "import letters" : "use an import someone else uploaded");
	}

	private ImportBatchView view(ImportBatch batch) {
		var scanned = this.pages.ofBatch(batch.id()).values();
		return new ImportBatchView(batch.id(), batch.uploadedBy(), batch.uploadedAt().atZone(this.clock.getZone()),
				batch.storeComplete(),
				this.files.findByBatchIdOrderByPosition(batch.id()).stream().map(ImportFile::toView).toList(),
				scanned.stream().mapToInt(ImportPages.Pages::count).sum(),
				scanned.stream().mapToInt(ImportPages.Pages::read).sum());
	}

	private static @Nullable String shorten(@Nullable String text, int most) {
		return text == null || text.length() <= most ? text : text.substring(0, most - 1) + "…";
	}

	private static String fileName(String name) {
		var base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).strip();
		if (base.isEmpty()) {
			base = "letter";
		}
		return base.length() > 300 ? base.substring(0, 300) : base;
	}

}
