package org.plenary.search;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.LetterArchived;
import org.plenary.correspondence.LetterCirculated;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.Letters;
import org.plenary.identity.Actor;
import org.plenary.positions.Elements;
import org.plenary.positions.ElementsIssued;
import org.plenary.positions.ElementsRevisionView;
import org.plenary.positions.PositionStated;
import org.plenary.positions.PositionView;
import org.plenary.positions.Positions;
import org.plenary.positions.ReformModelPublished;
import org.plenary.positions.ReformModelView;
import org.plenary.positions.ReformModels;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.schedule.Programme;
import org.plenary.speakers.SpeakersLists;
import org.plenary.speakers.StatementPublished;
import org.plenary.speakers.StatementView;
import org.plenary.text.LanguageVersions;
import org.plenary.text.NegotiatedTexts;
import org.plenary.text.RevisionId;
import org.plenary.system.ListenersAfterReadiness;
import org.plenary.text.RevisionIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search entries in step with what is published: each letter circulated or
 * archived and each statement delivered is read from its module's door, as the public
 * reads it, and stored; Hibernate Search indexes the entry when its transaction commits.
 * At start-up it reads what was published before search existed, and rebuilds an index
 * that is missing entries (a new instance, a deleted index folder).
 */
@Component
class SearchIndexing {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

	/** Entries indexed again in one transaction when the index is rebuilt. */
	private static final int REBUILD_BATCH = 100;

	private static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final SearchEntryRepository entries;

	private final Letters letters;

	private final SpeakersLists speakers;

	private final Programme programme;

	private final Processes processes;

	private final ReformModels models;

	private final Positions positions;

	private final Elements elements;

	private final NegotiatedTexts texts;

	private final TransactionTemplate transaction;

	/** Held while an entry is stored: one at a time within an instance. */
	private final Object storing = new Object();

	/** The index: what it holds, entries indexed again or forgotten. */
	private final Search search;

	private final Clock clock;

	private final LanguageVersions versions;

	private final ListenersAfterReadiness listeners;

	/** Set once the application is stopping: the catch-up reads no more. */
	private volatile boolean stopping;

	SearchIndexing(SearchEntryRepository entries, Letters letters, SpeakersLists speakers, Programme programme,
			Processes processes, ReformModels models, Positions positions, Elements elements,
			PlatformTransactionManager transactions, Search search, Clock clock, NegotiatedTexts texts,
			LanguageVersions versions, ListenersAfterReadiness listeners) {
		this.listeners = listeners;
		this.texts = texts;
		this.versions = versions;
		this.search = search;
		this.models = models;
		this.positions = positions;
		this.elements = elements;
		this.entries = entries;
		this.letters = letters;
		this.speakers = speakers;
		this.programme = programme;
		this.processes = processes;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(LetterCirculated circulated) {
		store(letter(this.letters.letter(circulated.letter(), Actor.anonymous())));
	}

	@ApplicationModuleListener
	void on(LetterArchived archived) {
		store(letter(this.letters.letter(archived.letter(), Actor.anonymous())));
	}

	@ApplicationModuleListener
	void on(StatementPublished published) {
		this.speakers.publishedStatements(published.inscription()).forEach((s) -> store(statement(s)));
	}

	@ApplicationModuleListener
	void on(ReformModelPublished published) {
		store(model(this.models.model(published.model())));
	}

	@ApplicationModuleListener
	void on(ElementsIssued issued) {
		store(elements(this.elements.revision(issued.process(), issued.revision(), Actor.anonymous())));
	}

	/**
	 * A revision issued, given a version in another language, or its matching corrected:
	 * its paragraphs, in each language it reads in.
	 */
	@ApplicationModuleListener
	void on(RevisionIssued issued) {
		revision(issued.revision()).forEach(this::store);
	}

	/** What the public reads of a position: its latest published version, if any. */
	@ApplicationModuleListener
	void on(PositionStated stated) {
		this.positions.position(stated.process(), stated.position(), Actor.anonymous())
			.ifPresent((p) -> store(position(p)));
	}

	/**
	 * In the background once the application is ready: the first time, everything
	 * published so far; then, if the index lacks entries the table holds, the whole index
	 * again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		// After the events published before readiness (on a fresh database, the demo
		// data's) have been stored by the listeners above: what they store is not read
		// twice.
		this.listeners.whenHandled(this::startCatchingUp);
	}

	/**
	 * A stop soon after readiness ends the catch-up quietly: the next start catches up.
	 */
	@EventListener(ContextClosedEvent.class)
	void stop() {
		this.stopping = true;
	}

	private void startCatchingUp() {
		var worker = new Thread(() -> {
			try {
				// A kind with no entry at all was published before search knew it (or
				// before search existed): read it once from its module.
				for (var kind : SearchKind.values()) {
					if (this.stopping) {
						return;
					}
					if (!this.entries.existsByKind(kind)) {
						log.info("Search: read {} published {}", read(kind), kind.name().toLowerCase());
					}
				}
				reindexIfIncomplete();
			}
			catch (RuntimeException ex) {
				if (this.stopping) {
					log.info("Search stopped catching up: Plenary is stopping");
				}
				else {
					log.warn("Search could not catch up; it will find what is published from now on", ex);
				}
			}
		}, "search-catch-up");
		worker.setDaemon(true);
		worker.start();
	}

	/** Reads everything published of every kind; the number of things read. */
	int readEverything() {
		int read = 0;
		for (var kind : SearchKind.values()) {
			read += read(kind);
		}
		return read;
	}

	/** Reads everything published of one kind, as the public reads it. */
	int read(SearchKind kind) {
		var read = new java.util.concurrent.atomic.AtomicInteger();
		java.util.function.Consumer<SearchEntry> keep = (entry) -> {
			store(entry);
			read.incrementAndGet();
		};
		switch (kind) {
			case LETTER -> this.letters.letters(null, Actor.anonymous()).forEach((l) -> keep.accept(letter(l)));
			case STATEMENT -> this.speakers.publishedStatements(null).forEach((st) -> keep.accept(statement(st)));
			case MODEL -> this.models.models(null).forEach((m) -> keep.accept(model(m)));
			case POSITION -> this.processes.processes()
				.forEach((p) -> this.positions.positions(p.id(), Actor.anonymous())
					.forEach((position) -> keep.accept(position(position))));
			case TEXT -> this.processes.processes()
				.forEach((p) -> this.texts.texts(p.id(), Actor.anonymous())
					.forEach((text) -> text.revisions()
						.stream()
						.filter((r) -> r.issued())
						.forEach((r) -> revision(r.id()).forEach(keep))));
			case ELEMENTS -> this.processes.processes()
				.forEach((p) -> this.elements.revisions(p.id(), Actor.anonymous())
					.forEach((revision) -> keep.accept(elements(revision))));
		}
		return read.get();
	}

	void reindexIfIncomplete() {
		// Rows first: an entry stored meanwhile raises the index's count, never the
		// rows'.
		var rows = this.entries.count();
		var indexed = this.search.analysedAsNow();
		if (indexed < rows) {
			log.info("Search: the index holds {} of {} entries analysed as now ({}); indexing them all", indexed, rows,
					SearchAnalysis.VERSION);
			rebuild(null);
		}
	}

	/**
	 * Indexes every entry again without emptying the index first, so that search finds
	 * all it found before while the rebuild runs: a hundred entries at a time, each
	 * entry's document is replaced where it stands, analysed as now (Lucene and
	 * OpenSearch both replace a document by its id in one step; Hibernate Search's mass
	 * indexer only adds, and so needs an empty index); then the documents of entries no
	 * longer stored are removed. {@code beforeEachBatch}, if any, runs before each
	 * hundred is written (a test searches there).
	 */
	void rebuild(@Nullable Runnable beforeEachBatch) {
		// Ids of the index first: an entry stored meanwhile is in the table too.
		var indexed = this.search.indexedIds();
		var stored = new ArrayList<>(this.entries.ids());
		for (int from = 0; from < stored.size(); from += REBUILD_BATCH) {
			if (beforeEachBatch != null) {
				beforeEachBatch.run();
			}
			this.search.reindex(stored.subList(from, Math.min(from + REBUILD_BATCH, stored.size())));
		}
		indexed.removeAll(stored);
		if (!indexed.isEmpty()) {
			this.search.forget(indexed);
			log.info("Search: removed {} entries no longer stored from the index", indexed.size());
		}
	}

	/**
	 * Stores an entry, replacing an earlier one with the same id; when another instance
	 * stored it first, once more as a replacement. Within an instance one entry is stored
	 * at a time (its own transaction, committed before the next looks): the catch-up
	 * after a start and the listeners store the same new entries at once, and the
	 * database's refusal of the second insert, though answered, was logged as an error on
	 * every fresh start.
	 */
	void store(SearchEntry read) {
		synchronized (this.storing) {
			try {
				this.transaction.executeWithoutResult((status) -> upsert(read));
			}
			catch (DataIntegrityViolationException ex) {
				this.transaction.executeWithoutResult((status) -> upsert(read));
			}
		}
	}

	private void upsert(SearchEntry read) {
		this.entries.findById(read.id())
			.ifPresentOrElse((e) -> e.replaceWith(read), () -> this.entries.saveAndFlush(read));
	}

	SearchEntry letter(LetterView letter) {
		var body = new StringBuilder();
		body.append(letter.addressees()).append("\n\n");
		letter.paragraphs().forEach((p) -> body.append(p).append("\n\n"));
		letter.signatories().forEach((s) -> {
			body.append(s.name());
			if (s.title() != null) {
				body.append(", ").append(s.title());
			}
			body.append('\n');
		});
		var signed = letter.signatories().stream().map((s) -> s.name()).toList();
		var title = "%sLetter of %s%s".formatted(processName(letter.process()),
				letter.writtenOn() == null ? "unknown date" : UN_DATE.format(letter.writtenOn()),
				signed.isEmpty() ? "" : " — " + String.join(", ", signed));
		return new SearchEntry(letter.id().value(), SearchKind.LETTER, shorten(title.strip()), body.toString(),
				"/letters/" + letter.id().value(), letter.process(), letter.writtenOn(), this.clock.instant());
	}

	SearchEntry statement(StatementView statement) {
		var meeting = this.programme.meeting(statement.meeting());
		var title = "Statement by %s — %s, %s".formatted(statement.speaker(), meeting.processName().shortName(),
				UN_DATE.format(meeting.slot().heldOn()));
		return new SearchEntry(statement.inscription(), SearchKind.STATEMENT, shorten(title), statement.text(),
				"/meetings/%s/speakers/%s/statement".formatted(statement.meeting().value(), statement.inscription()),
				meeting.process().value(), meeting.slot().heldOn(), this.clock.instant());
	}

	SearchEntry model(ReformModelView model) {
		var latest = model.latest();
		var body = new StringBuilder();
		body.append(model.submitterName()).append('\n');
		for (var revision : model.revisions()) {
			for (var text : java.util.Arrays.asList(revision.label(), revision.notes(), revision.vetoProposals(),
					revision.reviewClause(), revision.sources(), revision.uncertain())) {
				if (text != null) {
					body.append(text).append("\n\n");
				}
			}
		}
		var title = "%s — %d members, %d permanent (%s)".formatted(model.name(), model.size(),
				latest.figures().permanentMembers(), model.submitterName());
		return new SearchEntry(model.id().value(), SearchKind.MODEL, shorten(title), body.toString(),
				"/models/" + model.id().value(), model.process().value(), latest.presentedOn(), this.clock.instant());
	}

	SearchEntry position(PositionView position) {
		var current = position.current();
		var body = (current.stanceLabel() == null ? "" : current.stanceLabel() + "\n\n")
				+ (current.text() == null ? "" : current.text());
		var slug = this.processes.process(position.process()).slug();
		var title = "%s on %s".formatted(position.holderName(), position.topicTitle());
		return new SearchEntry(position.id(), SearchKind.POSITION, shorten(title), body,
				"/processes/" + slug + "/positions", position.process().value(), current.statedOn(),
				this.clock.instant());
	}

	SearchEntry elements(ElementsRevisionView revision) {
		var body = new StringBuilder();
		for (var cluster : revision.clusters()) {
			if (cluster.elements().isEmpty()) {
				continue;
			}
			body.append(cluster.title()).append("\n");
			cluster.elements().forEach((e) -> body.append(e.text()).append('\n'));
			body.append('\n');
		}
		var slug = this.processes.process(revision.process()).slug();
		// One entry per revision: its id is made from the process and the number.
		var id = UUID.nameUUIDFromBytes(
				("elements:" + revision.process().value() + ":" + revision.number()).getBytes(StandardCharsets.UTF_8));
		return new SearchEntry(id, SearchKind.ELEMENTS,
				shorten("%s (revision %d)".formatted(revision.title(), revision.number())), body.toString(),
				"/processes/%s/elements?revision=%d".formatted(slug, revision.number()), revision.process().value(),
				revision.dated(), this.clock.instant());
	}

	/**
	 * A revision as the public reads it, paragraph by paragraph in each language it reads
	 * in: an entry for each, its id made from the revision, the language and the
	 * paragraph's place, its link the paragraph in its revision (or in the revision's
	 * languages side by side).
	 */
	List<SearchEntry> revision(RevisionId id) {
		var languages = this.versions.languages(id, Actor.anonymous());
		var entries = new ArrayList<SearchEntry>();
		for (var language : languages.all()) {
			var revision = this.versions.revision(id, language, Actor.anonymous());
			var process = this.texts.text(revision.text(), Actor.anonymous()).process();
			var original = language == languages.original();
			var page = original ? "/revisions/" + id.value() : "/revisions/%s/languages?lang=%s&lang=%s"
				.formatted(id.value(), languages.original().tag(), language.tag());
			int place = 0;
			for (var part : revision.parts()) {
				for (var paragraph : part.paragraphs()) {
					place++;
					var entryId = UUID.nameUUIDFromBytes(("text:" + id.value() + ":" + language.tag() + ":" + place)
						.getBytes(StandardCharsets.UTF_8));
					var title = "%s, %s, paragraph %s".formatted(revision.textTitle(), revision.label(),
							paragraph.number().isEmpty() ? Integer.toString(place) : paragraph.number())
							+ (original ? "" : " (" + language.nativeName() + ")");
					entries.add(new SearchEntry(entryId, SearchKind.TEXT, shorten(title),
							part.heading() + "\n\n" + paragraph.text(), language, page + "#p-" + paragraph.lineage(),
							process.value(), revision.issuedOn(), this.clock.instant()));
				}
			}
		}
		return entries;
	}

	private String processName(@Nullable UUID process) {
		return process == null ? "" : this.processes.process(new ProcessId(process)).shortName() + " — ";
	}

	private static String shorten(String title) {
		return title.length() <= 500 ? title : title.substring(0, 499) + "…";
	}

}
