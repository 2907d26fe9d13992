package org.plenary.correspondence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.system.Said;
import org.plenary.system.ScannedPages;
import org.plenary.system.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Importing the archive, the queue that reads the files. Files are uploaded one at a time
 * or a folder at once; each is read in the background (its text — a scan's by OCR, page
 * by page, with the progress — what the extractor finds in it, a fingerprint of the
 * text). A person then reviews what was found and confirms ({@link ImportConfirmation}):
 * only then are the letters stored in the archive and the meetings they announce put on
 * the programme. The same letter imported twice is found by its fingerprint and stored
 * once. A file that cannot be read gets its reason; the others go on.
 */
@Service
public class LetterImports {

	private static final Logger log = LoggerFactory.getLogger(LetterImports.class);

	/** Files one upload may hold: a folder of a few years' letters. */
	public static final int MOST_FILES = 1000;

	/** A queued file nobody has read this long after its upload is lost. */
	static final java.time.Duration LOST_AFTER = java.time.Duration.ofHours(1);

	private final ImportBatchRepository batches;

	private final ImportFileRepository files;

	private final LetterSourceRepository sources;

	private final ImportSpool spool;

	private final ScannedPages scans;

	private final LetterExtractor extractor;

	private final ImportConfirmation confirmation;

	private final AuditTrail audit;

	private final Clock clock;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final TaskExecutor executor;

	private final ImportPages pages;

	private final RegisterPeople people;

	LetterImports(ImportBatchRepository batches, ImportFileRepository files, LetterSourceRepository sources,
			ImportSpool spool, LetterExtractor extractor, ImportConfirmation confirmation, AuditTrail audit,
			Clock clock, JsonMapper json, PlatformTransactionManager transactions, TaskExecutor executor,
			ScannedPages scans, ImportPages pages, RegisterPeople people) {
		this.scans = scans;
		this.people = people;
		this.pages = pages;
		this.batches = batches;
		this.files = files;
		this.sources = sources;
		this.spool = spool;
		this.extractor = extractor;
		this.confirmation = confirmation;
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
			throw new NotPermitted(actor, new Said("refusal.action.importLetters", "import letters"));
		}
		if (uploads.isEmpty()) {
			throw new InvalidInput("files", "Choose at least one file to import.",
					"refusal.correspondence.chooseFiles");
		}
		if (uploads.size() > MOST_FILES) {
			throw new InvalidInput(
					"files", "At most %,d files at once (%,d were sent): import the folder in parts."
						.formatted(MOST_FILES, uploads.size()),
					"refusal.correspondence.tooManyFiles", MOST_FILES, uploads.size());
		}
		var batch = this.transactions.execute((status) -> {
			var saved = this.batches
				.save(new ImportBatch(actor.username(), this.clock.instant(), storeComplete, uploads.size()));
			for (int i = 0; i < uploads.size(); i++) {
				var upload = uploads.get(i);
				var file = new ImportFile(saved.id(), i, fileName(upload.name()), upload.content().length);
				if (upload.content().length == 0) {
					file.fail(ImportNote.EMPTY, this.clock.instant());
				}
				else if (upload.content().length > LetterFiles.MOST_BYTES) {
					file.fail(ImportNote.tooLarge(upload.content().length), this.clock.instant());
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
				this.transactions.executeWithoutResult((status) -> this.files.findById(id)
					.filter((f) -> f.status() == ImportStatus.QUEUED)
					.ifPresent((f) -> f.fail(ImportNote.couldNotRead(ex), this.clock.instant())));
			}
			this.spool.delete(id);
			if (storeAs != null) {
				this.confirmation.storeIfComplete(id, storeAs);
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
				this.transactions.executeWithoutResult((status) -> queuedFile(id)
					.ifPresent((file) -> file.fail(ImportNote.STOPPED, this.clock.instant())));
			}
			return;
		}
		CleanedText text;
		Extraction extraction;
		try {
			text = CleanedText.of(LetterFiles.text(content.get(), queued, this.scans, this.pages.of(id)));
			extraction = this.people.matched(this.extractor.extract(text));
		}
		catch (UnreadableLetter refusal) {
			this.transactions.executeWithoutResult((status) -> queuedFile(id)
				.ifPresent((file) -> file.fail(ImportNote.of(refusal), this.clock.instant())));
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
		var fingerprint = cleaned.fingerprint();
		var stored = this.sources.findById(fingerprint);
		if (stored.isPresent()) {
			file.duplicate(text, fingerprint, stored.get().letterId(), ImportNote.IN_ARCHIVE, now);
			return;
		}
		var waiting = this.files.findByFingerprintAndStatus(fingerprint, ImportStatus.NEEDS_REVIEW)
			.stream()
			.filter((other) -> !other.id().equals(id))
			.findFirst();
		if (waiting.isPresent()) {
			file.duplicate(text, fingerprint, null, ImportNote.sameAsWaiting(waiting.get().fileName()), now);
			return;
		}
		file.read(text, this.json.writeValueAsString(extraction), fingerprint,
				extraction.date() == null ? ImportNote.NO_DATE : null, now);
	}

	/** A batch, for its uploader and the register's keepers. */
	@Transactional(readOnly = true)
	public ImportBatchView batch(UUID id, Actor actor) {
		var batch = this.batches.findById(id).orElseThrow(() -> new ImportNotFound(id));
		batch.requireReader(actor);
		return view(batch);
	}

	/** The latest batches someone uploaded (all of them, for the register's keepers). */
	@Transactional(readOnly = true)
	public List<ImportBatchView> batches(Actor actor) {
		if (!mayImport(actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.importLetters", "import letters"));
		}
		return (actor.keepsTheRegister() ? this.batches.findTop20ByOrderByUploadedAtDesc()
				: this.batches.findTop20ByUploadedByOrderByUploadedAtDesc(actor.username()))
			.stream()
			.map(this::view)
			.toList();
	}

	private ImportBatchView view(ImportBatch batch) {
		var scanned = this.pages.ofBatch(batch.id()).values();
		return new ImportBatchView(batch.id(), batch.uploadedBy(), batch.uploadedAt().atZone(this.clock.getZone()),
				batch.storeComplete(),
				this.files.findByBatchIdOrderByPosition(batch.id()).stream().map(ImportFile::toView).toList(),
				scanned.stream().mapToInt(ImportPages.Pages::count).sum(),
				scanned.stream().mapToInt(ImportPages.Pages::read).sum());
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
