package org.plenary.text;

import org.plenary.delegation.Speaker;
import org.plenary.delegation.Delegations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.plenary.system.Said;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiated texts of the processes. The facilitators and secretariat create a text,
 * import a revision from plain text or Word, issue it (it never changes after), place the
 * amendments tabled to it, and prepare the next revision from it and the amendments they
 * accepted. Delegations table amendments for themselves (a group through its coordinator)
 * and co-sponsor, support or oppose those of others. Anyone reads what is issued: the
 * revisions, the compilation text, the comparison of two revisions, a paragraph's
 * history.
 */
@Service
public class NegotiatedTexts {

	private final NegotiatedTextRepository texts;

	private final TextRevisionRepository revisions;

	private final AmendmentRepository amendments;

	private final Processes processes;

	private final Delegations delegations;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NegotiatedTexts(NegotiatedTextRepository texts, TextRevisionRepository revisions, AmendmentRepository amendments,
			Processes processes, Delegations delegations, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.texts = texts;
		this.revisions = revisions;
		this.amendments = amendments;
		this.processes = processes;
		this.delegations = delegations;
		this.audit = audit;
		this.clock = clock;
	}

	/** A process's texts, each with the revisions the reader may see. */
	@Transactional(readOnly = true)
	public List<TextView> texts(ProcessId process, Actor actor) {
		this.processes.process(process);
		return this.texts.findByProcessIdOrderByTitleAsc(process.value()).stream().map((t) -> view(t, actor)).toList();
	}

	@Transactional(readOnly = true)
	public TextView text(TextId id, Actor actor) {
		return view(loadText(id), actor);
	}

	/** Starts a text in a process (its facilitators and secretariat). */
	@Transactional
	public TextView create(ProcessId process, String title, @Nullable String symbol, Actor actor) {
		var found = requireRunner(process.value(), actor);
		if (title.isBlank() || title.length() > 500) {
			throw new InvalidInput("title", "A text needs a title of at most 500 characters.", "refusal.text.title");
		}
		var text = this.texts.saveAndFlush(new NegotiatedText(found.id().value(), title.strip(),
				symbol == null || symbol.isBlank() ? null : symbol.strip(), this.clock.instant()));
		this.audit.record(actor, "text.created", "process " + found.shortName(), title.strip());
		return view(text, actor);
	}

	/**
	 * Reads a revision from plain text (headings, numbered paragraphs) as the text's next
	 * revision, a draft: the zero draft first, then Rev.1 … Refuses while a draft is
	 * open.
	 */
	@Transactional
	public RevisionView importRevision(TextId id, @Nullable String label, String plain, boolean finalText,
			Actor actor) {
		var text = loadText(id);
		requireRunner(text.processId(), actor);
		var read = TextImport.read(plain);
		if (read.isEmpty()) {
			throw new InvalidInput("text", "No paragraph could be read from the text.", "refusal.text.noParagraphRead");
		}
		var all = this.revisions.findByTextIdOrderByNumberAsc(text.id());
		requireNoDraft(all);
		int number = all.isEmpty() ? 0 : all.get(all.size() - 1).number() + 1;
		// Each paragraph continues the one it comes from in the last revision (Lineage).
		var earlier = all.isEmpty() ? List.<Paragraph>of() : all.get(all.size() - 1).paragraphs();
		var lineages = Lineage.lineages(earlier,
				read.stream().map((r) -> new Lineage.Candidate(r.part(), r.kind(), r.text())).toList());
		var paragraphs = new ArrayList<Paragraph>();
		for (int i = 0; i < read.size(); i++) {
			var paragraph = read.get(i);
			paragraphs.add(new Paragraph(lineages.get(i), paragraphs.size() + 1, paragraph.part(), paragraph.kind(),
					paragraph.text()));
		}
		var revision = this.revisions
			.saveAndFlush(new TextRevision(text.id(), number, label(label, number, finalText), finalText, paragraphs));
		this.audit.record(actor, "text.imported", "text " + text.title(), revision.label());
		return view(revision, text);
	}

	/**
	 * Prepares the next revision as a draft: the last issued one with the amendments the
	 * facilitators accepted made in it, in the order they were tabled. Refuses when two
	 * accepted amendments compete for the same words (409, naming them).
	 */
	@Transactional
	public RevisionView prepareNext(TextId id, @Nullable String label, Actor actor) {
		var text = loadText(id);
		requireRunner(text.processId(), actor);
		var all = this.revisions.findByTextIdOrderByNumberAsc(text.id());
		requireNoDraft(all);
		var last = all.stream()
			.filter(TextRevision::isIssued)
			.reduce((a, b) -> b)
			.orElseThrow(() -> new TextRefusal(HttpStatus.CONFLICT,
					new Said("refusal.title.nothingIssued", "Nothing issued"),
					new Said("refusal.text.issueFirst", "Issue a revision before preparing the next.")));
		var accepted = this.amendments.findByRevisionIdOrderByTabledAtAsc(last.id())
			.stream()
			.filter((a) -> a.status() == AmendmentStatus.ACCEPTED)
			.toList();
		var texts = new HashMap<UUID, String>();
		last.paragraphs().forEach((p) -> texts.put(p.lineage(), p.text()));
		var deleted = new HashSet<UUID>();
		var added = new HashMap<UUID, List<Amendment>>();
		for (var amendment : accepted) {
			if (amendment.kind() == AmendmentKind.ADD_PARAGRAPH) {
				added.computeIfAbsent(amendment.paragraph(), (p) -> new ArrayList<>()).add(amendment);
				continue;
			}
			if (amendment.kind() == AmendmentKind.DELETE_PARAGRAPH) {
				deleted.add(amendment.paragraph());
				continue;
			}
			var current = texts.get(amendment.paragraph());
			if (amendment.span(current) == null) {
				var by = this.delegations.speaker(amendment.holderKind(), amendment.holder()).name();
				throw new TextRefusal(HttpStatus.CONFLICT,
						new Said("refusal.title.competingAmendments", "Competing amendments accepted"),
						new Said("refusal.text.competingAmendments",
								"The amendment of %s tabled on %s bears on words another accepted amendment already changed; "
									.formatted(by, amendment.tabledAt()) + "merge them or place one as not retained.",
								by, java.time.LocalDate.ofInstant(amendment.tabledAt(), java.time.ZoneOffset.UTC)));
			}
			texts.put(amendment.paragraph(), amendment.applyTo(current));
		}
		var paragraphs = new ArrayList<Paragraph>();
		for (var paragraph : last.paragraphs()) {
			if (!deleted.contains(paragraph.lineage())) {
				paragraphs.add(paragraph.copy(paragraphs.size() + 1, texts.get(paragraph.lineage())));
			}
			for (var add : added.getOrDefault(paragraph.lineage(), List.of())) {
				paragraphs.add(newParagraph(add, paragraphs.size() + 1, paragraph.part()));
			}
		}
		// A new paragraph placed after none goes at the end, in the last part.
		var lastPart = last.paragraphs().isEmpty() ? "Text"
				: last.paragraphs().get(last.paragraphs().size() - 1).part();
		for (var add : added.getOrDefault(null, List.of())) {
			paragraphs.add(newParagraph(add, paragraphs.size() + 1, lastPart));
		}
		int number = all.get(all.size() - 1).number() + 1;
		var revision = this.revisions
			.saveAndFlush(new TextRevision(text.id(), number, label(label, number, false), false, paragraphs));
		this.audit.record(actor, "text.prepared", "text " + text.title(),
				"%s from %s with %d accepted amendments".formatted(revision.label(), last.label(), accepted.size()));
		return view(revision, text);
	}

	private static Paragraph newParagraph(Amendment amendment, int ordinal, String part) {
		return new Paragraph(UUID.randomUUID(), ordinal, part,
				amendment.newKind() == null ? ParagraphKind.OPERATIVE : amendment.newKind(),
				amendment.newWords() == null ? "" : amendment.newWords());
	}

	/**
	 * Discards a draft (the facilitators and secretariat), so that another can be read or
	 * prepared; an issued revision is never discarded (409).
	 */
	@Transactional
	public TextView discard(RevisionId id, Actor actor) {
		var revision = this.revisions.findById(id.value())
			.orElseThrow(() -> new TextRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchRevision", "No such revision"),
					new Said("refusal.text.noSuchRevision", "There is no such revision.")));
		var text = loadText(new TextId(revision.textId()));
		requireRunner(text.processId(), actor);
		if (revision.isIssued()) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.issued", "Issued"),
					new Said("refusal.text.issuedStays",
							"%s was issued and stays; only a draft can be discarded.".formatted(revision.label()),
							revision.label()));
		}
		this.revisions.delete(revision);
		this.revisions.flush();
		this.audit.record(actor, "text.discarded", "text " + text.title(), revision.label());
		return view(text, actor);
	}

	/**
	 * Issues a draft: from now on it never changes, and amendments may be tabled to it.
	 */
	@Transactional
	public RevisionView issue(RevisionId id, LocalDate on, Actor actor) {
		var revision = loadRevision(id, actor);
		var text = loadText(new TextId(revision.textId()));
		requireRunner(text.processId(), actor);
		revision.issue(on);
		this.revisions.flush();
		this.audit.record(actor, "text.issued", "text " + text.title(), revision.label());
		this.events.publishEvent(new RevisionIssued(new ProcessId(text.processId()), new TextId(text.id()),
				new RevisionId(revision.id())));
		return view(revision, text);
	}

	/**
	 * The facilitators reword a paragraph of a draft before issuing it (a merged
	 * amendment, their own compromise); an issued revision never changes (409).
	 */
	@Transactional
	public RevisionView reword(RevisionId id, UUID lineage, String wording, Actor actor) {
		var revision = loadRevision(id, actor);
		var text = loadText(new TextId(revision.textId()));
		requireRunner(text.processId(), actor);
		if (revision.isIssued()) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.issued", "Issued"),
					new Said("refusal.text.issuedNeverChanges",
							"%s was issued and never changes; reword the paragraph in the next revision."
								.formatted(revision.label()),
							revision.label()));
		}
		var paragraph = revision.paragraph(lineage);
		if (paragraph == null) {
			throw new InvalidInput("paragraph", "That paragraph is not in %s.".formatted(revision.label()),
					"refusal.text.paragraphNotIn", revision.label());
		}
		var words = wording.strip();
		if (words.isEmpty() || words.length() > 20000) {
			throw new InvalidInput("text",
					"Give the paragraph's words (at most 20,000 characters); to drop it, prepare the revision without it.",
					"refusal.text.paragraphWords");
		}
		paragraph.reword(words);
		this.revisions.saveAndFlush(revision);
		this.audit.record(actor, "text.reworded", "text " + text.title(), revision.label());
		return view(revision, text);
	}

	/**
	 * The facilitators correct how a paragraph was matched to the revision before (read
	 * from Word or text, it was matched by its words): it continues another paragraph of
	 * that revision ({@code predecessor}, the lineage of that paragraph), or is new
	 * ({@code null}). The comparison, the paragraph's history and the amendments tabled
	 * to it (in this revision and the later ones) follow.
	 */
	@Transactional
	public RevisionView correctMatch(RevisionId id, UUID lineage, @Nullable UUID predecessor, Actor actor) {
		var revision = loadRevision(id, actor);
		var text = loadText(new TextId(revision.textId()));
		requireRunner(text.processId(), actor);
		var all = this.revisions.findByTextIdOrderByNumberAsc(text.id());
		var previous = all.stream()
			.filter((r) -> r.number() < revision.number())
			.reduce((a, b) -> b)
			.orElseThrow(() -> new TextRefusal(HttpStatus.CONFLICT,
					new Said("refusal.title.nothingBefore", "Nothing before"),
					new Said("refusal.text.firstRevision",
							"%s is the first revision; its paragraphs continue none.".formatted(revision.label()),
							revision.label())));
		var paragraph = revision.paragraph(lineage);
		if (paragraph == null) {
			throw new InvalidInput("paragraph", "That paragraph is not in %s.".formatted(revision.label()),
					"refusal.text.paragraphNotIn", revision.label());
		}
		if (predecessor != null && previous.paragraph(predecessor) == null) {
			throw new InvalidInput("predecessor", "That paragraph is not in %s.".formatted(previous.label()),
					"refusal.text.paragraphNotIn", previous.label());
		}
		var alreadyNew = predecessor == null && previous.paragraph(lineage) == null;
		var target = alreadyNew ? lineage : predecessor == null ? UUID.randomUUID() : predecessor;
		if (!target.equals(lineage)) {
			var fromHere = fromHere(all, revision);
			// The paragraph that continued the predecessor until now becomes new.
			var other = revision.paragraph(target);
			if (other != null) {
				relink(fromHere, target, UUID.randomUUID(), other);
			}
			relink(fromHere, lineage, target, paragraph);
			this.revisions.flush();
			this.amendments.flush();
		}
		var before = previous.paragraphs().stream().filter((p) -> p.lineage().equals(target)).findFirst();
		this.audit.record(actor, "text.matched", "text " + text.title(),
				"%s ¶%d: %s".formatted(revision.label(), paragraph.ordinal(),
						before.map((p) -> "continues ¶" + p.ordinal() + " of " + previous.label()).orElse("new")));
		fromHere(all, revision).stream()
			.filter(TextRevision::isIssued)
			.forEach((r) -> this.events.publishEvent(new RevisionIssued(new ProcessId(text.processId()),
					new TextId(text.id()), new RevisionId(r.id()))));
		return view(revision, text);
	}

	private static List<TextRevision> fromHere(List<TextRevision> all, TextRevision revision) {
		return all.stream().filter((r) -> r.number() >= revision.number()).toList();
	}

	/**
	 * Gives a lineage's paragraphs a new one, in a revision and those after it, with the
	 * amendments tabled to them; the corrected paragraph is marked.
	 */
	private void relink(List<TextRevision> revisions, UUID from, UUID to, Paragraph corrected) {
		for (var revision : revisions) {
			var paragraph = revision.paragraph(from);
			if (paragraph != null) {
				paragraph.relink(to, paragraph == corrected);
			}
			this.amendments.findByRevisionIdOrderByTabledAtAsc(revision.id())
				.stream()
				.filter((a) -> from.equals(a.paragraph()))
				.forEach((a) -> a.relink(to));
		}
	}

	/**
	 * The paragraphs of a revision whose match to the revision before the facilitators
	 * set by hand, by lineage.
	 */
	@Transactional(readOnly = true)
	public java.util.Set<UUID> correctedMatches(RevisionId id, Actor actor) {
		return loadRevision(id, actor).paragraphs()
			.stream()
			.filter(Paragraph::matchCorrected)
			.map(Paragraph::lineage)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** A revision; a draft only for those who run the process (404 for others). */
	@Transactional(readOnly = true)
	public RevisionView revision(RevisionId id, Actor actor) {
		var revision = loadRevision(id, actor);
		return view(revision, loadText(new TextId(revision.textId())));
	}

	/**
	 * Tables an amendment to an issued revision, for one's own delegation (or a group one
	 * coordinates): 403 otherwise. The words it bears on must stand once in the paragraph
	 * (400 naming the field otherwise).
	 */
	@Transactional
	public AmendmentView table(RevisionId id, TableAmendment tabled, Actor actor) {
		var proposer = this.delegations.speaker(tabled.holder(), "holder");
		this.delegations.requireSpeaksFor(proposer, actor, "table an amendment");
		var revision = loadRevision(id, actor);
		if (!revision.isIssued()) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.notIssued", "Not issued"),
					new Said("refusal.text.draftNoAmendments",
							"%s is a draft; amendments are tabled to an issued revision.".formatted(revision.label()),
							revision.label()));
		}
		var later = supersededBy(revision);
		if (later != null) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.superseded", "Superseded"),
					new Said("refusal.text.superseded",
							"%s was superseded by %s; amendments are tabled to the current revision, %s."
								.formatted(revision.label(), later.label(), later.label()),
							revision.label(), later.label(), later.label()));
		}
		if (tabled.paragraph() != null) {
			var paragraph = revision.paragraph(tabled.paragraph());
			if (paragraph == null) {
				throw new InvalidInput("paragraph", "That paragraph is not in %s.".formatted(revision.label()),
						"refusal.text.paragraphNotIn", revision.label());
			}
			requireOnce(paragraph.text(), tabled.oldWords(), "oldWords");
			requireOnce(paragraph.text(), tabled.anchorWords(), "anchorWords");
		}
		var made = new Amendment(revision.id(), tabled, proposer.kind(), proposer.key(), actor.username(),
				this.clock.instant());
		// Its words are checked against the revision as written: it is tabled in that
		// language.
		made.tabledIn(revision.language());
		var amendment = this.amendments.saveAndFlush(made);
		this.audit.record(actor, "text.amendment", "revision " + revision.label(),
				"%s: %s".formatted(proposer.key(), tabled.kind()));
		return view(amendment);
	}

	/**
	 * Co-sponsors, supports or opposes an amendment, for one's own delegation (or group).
	 */
	@Transactional
	public AmendmentView back(AmendmentId id, String holder, Stance stance, Actor actor) {
		var backer = this.delegations.speaker(holder, "holder");
		this.delegations.requireSpeaksFor(backer, actor, "take a stance on an amendment");
		var amendment = loadAmendment(id);
		amendment.back(backer.kind(), backer.key(), stance, LocalDate.now(this.clock));
		this.amendments.flush();
		this.audit.record(actor, "text.amendment.stance", "amendment " + id, backer.key() + ": " + stance);
		return view(amendment);
	}

	/**
	 * Places an amendment: accepted, merged or not retained by the facilitators and
	 * secretariat; withdrawn by whoever may speak for its proposer.
	 */
	@Transactional
	public AmendmentView place(AmendmentId id, AmendmentStatus status, @Nullable String reason, Actor actor) {
		var amendment = loadAmendment(id);
		var revision = this.revisions.findById(amendment.revisionId()).orElseThrow();
		var text = loadText(new TextId(revision.textId()));
		if (status == AmendmentStatus.TABLED) {
			throw new InvalidInput("status", "Choose accepted, merged, not retained or withdrawn.",
					"refusal.text.chooseStatus");
		}
		if (status == AmendmentStatus.WITHDRAWN) {
			this.delegations.requireSpeaksFor(new Speaker(amendment.holderKind(), amendment.holder(), ""), actor,
					"withdraw the amendment");
		}
		else {
			requireRunner(text.processId(), actor);
		}
		amendment.place(status, reason == null || reason.isBlank() ? null : reason.strip());
		this.amendments.flush();
		this.audit.record(actor, "text.amendment.placed", "amendment " + id, status.name());
		return view(amendment);
	}

	/** One amendment (404 when there is none). */
	@Transactional(readOnly = true)
	public AmendmentView amendment(AmendmentId id) {
		return view(loadAmendment(id));
	}

	/** The amendments tabled to a revision, in the order they were tabled. */
	@Transactional(readOnly = true)
	public List<AmendmentView> amendments(RevisionId id, Actor actor) {
		var revision = loadRevision(id, actor);
		return this.amendments.findByRevisionIdOrderByTabledAtAsc(revision.id()).stream().map(this::view).toList();
	}

	/**
	 * The compilation text of a revision; only a part, only the amendments a delegation
	 * tabled or backs, only those with a status, when asked.
	 */
	@Transactional(readOnly = true)
	public CompilationView compilation(RevisionId id, @Nullable String part, @Nullable String delegation,
			@Nullable AmendmentStatus status, Actor actor) {
		var revision = revision(id, actor);
		var shown = amendments(id, actor).stream()
			.filter((a) -> status == null ? a.status() != AmendmentStatus.WITHDRAWN : a.status() == status)
			.filter((a) -> delegation == null || delegation.isBlank() || names(a.holder(), a.holderName(), delegation)
					|| a.backers().stream().anyMatch((b) -> names(b.holder(), b.name(), delegation)))
			.toList();
		return Compilation.of(revision, shown, part);
	}

	/**
	 * Whether what the reader typed names the delegation or group: its code ("MEX"), its
	 * name ("Mexico"), or its name without the article ("L.69 Group" for "the L.69
	 * Group").
	 */
	private static boolean names(String code, String name, String typed) {
		var wanted = typed.strip();
		return code.equalsIgnoreCase(wanted) || name.equalsIgnoreCase(wanted)
				|| name.replaceFirst("(?i)^the\\s+", "").equalsIgnoreCase(wanted.replaceFirst("(?i)^the\\s+", ""));
	}

	/** Two revisions of the same text, compared (the first is read as the earlier). */
	@Transactional(readOnly = true)
	public RevisionComparison compare(RevisionId from, RevisionId to, Actor actor) {
		var before = revision(from, actor);
		var after = revision(to, actor);
		if (!before.text().equals(after.text())) {
			throw new InvalidInput("to", "Compare two revisions of the same text.", "refusal.text.compareSameText");
		}
		return Comparison.between(before, after);
	}

	/**
	 * A paragraph through the revisions the reader may see, with the amendments tabled to
	 * it in each.
	 */
	@Transactional(readOnly = true)
	public ParagraphHistory history(TextId id, UUID lineage, Actor actor) {
		var text = loadText(id);
		var steps = new ArrayList<ParagraphHistory.Step>();
		for (var revision : this.revisions.findByTextIdOrderByNumberAsc(text.id())) {
			if (!revision.isIssued() && !actor.mayRun(text.processId())) {
				continue;
			}
			var view = view(revision, text);
			var paragraph = view.paragraphs().stream().filter((p) -> p.lineage().equals(lineage)).findFirst();
			var tabled = this.amendments.findByRevisionIdOrderByTabledAtAsc(revision.id())
				.stream()
				.filter((a) -> lineage.equals(a.paragraph()))
				.map(this::view)
				.toList();
			steps.add(new ParagraphHistory.Step(view.id(), view.label(), paragraph.map((p) -> p.number()).orElse(null),
					paragraph.map((p) -> p.text()).orElse(null), tabled));
		}
		if (steps.stream().allMatch((s) -> s.text() == null)) {
			throw new TextRefusal(HttpStatus.NOT_FOUND, new Said("refusal.title.noSuchParagraph", "No such paragraph"),
					new Said("refusal.text.noSuchParagraph", "%s has no such paragraph.".formatted(text.title()),
							text.title()));
		}
		return new ParagraphHistory(lineage, steps);
	}

	/**
	 * The last issued revision of the text after this one, when there is one: this one is
	 * no longer current and takes no amendments.
	 */
	private @Nullable TextRevision supersededBy(TextRevision revision) {
		return this.revisions.findByTextIdOrderByNumberAsc(revision.textId())
			.stream()
			.filter((r) -> r.isIssued() && r.number() > revision.number())
			.reduce((a, b) -> b)
			.orElse(null);
	}

	/**
	 * The label of the revision that superseded this one (a later issued revision), or
	 * {@code null} while it is the current one.
	 */
	@Transactional(readOnly = true)
	public @Nullable String supersededBy(RevisionId id, Actor actor) {
		var later = supersededBy(loadRevision(id, actor));
		return later == null ? null : later.label();
	}

	private static void requireOnce(String text, @Nullable String words, String field) {
		if (words == null) {
			return;
		}
		int count = 0;
		for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
			count++;
		}
		if (count == 0) {
			throw new InvalidInput(field, "\"%s\" is not in the paragraph.".formatted(words),
					"refusal.text.wordsNotInParagraph", words);
		}
		if (count > 1) {
			throw new InvalidInput(field,
					"\"%s\" stands %d times in the paragraph; quote more words to say which.".formatted(words, count),
					"refusal.text.wordsStandTwice", words, count);
		}
	}

	private static void requireNoDraft(List<TextRevision> all) {
		if (!all.isEmpty() && !all.get(all.size() - 1).isIssued()) {
			throw new TextRefusal(HttpStatus.CONFLICT, new Said("refusal.title.aDraftIsOpen", "A draft is open"),
					new Said("refusal.text.draftOpen",
							"%s is still a draft: issue it first.".formatted(all.get(all.size() - 1).label()),
							all.get(all.size() - 1).label()));
		}
	}

	private static String label(@Nullable String label, int number, boolean finalText) {
		if (label != null && !label.isBlank()) {
			return label.strip();
		}
		return finalText ? "Final text" : number == 0 ? "Zero draft" : "Rev." + number;
	}

	private ProcessView requireRunner(UUID process, Actor actor) {
		var found = this.processes.process(new ProcessId(process));
		if (!actor.mayRun(process)) {
			throw new NotYourProcess(actor, process, found.shortName());
		}
		return found;
	}

	private NegotiatedText loadText(TextId id) {
		return this.texts.findById(id.value())
			.orElseThrow(
					() -> new TextRefusal(HttpStatus.NOT_FOUND, new Said("refusal.title.noSuchText", "No such text"),
							new Said("refusal.text.noSuchText", "There is no such text.")));
	}

	private TextRevision loadRevision(RevisionId id, Actor actor) {
		var revision = this.revisions.findById(id.value())
			.orElseThrow(() -> new TextRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchRevision", "No such revision"),
					new Said("refusal.text.noSuchRevision", "There is no such revision.")));
		if (!revision.isIssued()) {
			var text = loadText(new TextId(revision.textId()));
			if (!actor.mayRun(text.processId())) {
				throw new TextRefusal(HttpStatus.NOT_FOUND,
						new Said("refusal.title.noSuchRevision", "No such revision"),
						new Said("refusal.text.noSuchRevision", "There is no such revision."));
			}
		}
		return revision;
	}

	private Amendment loadAmendment(AmendmentId id) {
		return this.amendments.findById(id.value())
			.orElseThrow(() -> new TextRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchAmendment", "No such amendment"),
					new Said("refusal.text.noSuchAmendment", "There is no such amendment.")));
	}

	private TextView view(NegotiatedText text, Actor actor) {
		var revisions = this.revisions.findByTextIdOrderByNumberAsc(text.id())
			.stream()
			.filter((r) -> r.isIssued() || actor.mayRun(text.processId()))
			.map((r) -> new TextView.Revision(new RevisionId(r.id()), r.number(), r.label(), r.isIssued(), r.issuedOn(),
					r.isFinal()))
			.toList();
		return new TextView(new TextId(text.id()), new ProcessId(text.processId()), text.title(), text.symbol(),
				revisions);
	}

	private RevisionView view(TextRevision revision, NegotiatedText text) {
		return new RevisionView(new RevisionId(revision.id()), new TextId(text.id()), text.title(), text.symbol(),
				revision.number(), revision.label(), revision.isIssued(), revision.issuedOn(), revision.isFinal(),
				Numbering.parts(revision.paragraphs()), revision.version());
	}

	private AmendmentView view(Amendment amendment) {
		return amendment.toView(this.delegations.speaker(amendment.holderKind(), amendment.holder()).name(),
				(b) -> this.delegations.speaker(b.holderKind(), b.holder()).name());
	}

}
