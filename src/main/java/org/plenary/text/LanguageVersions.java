package org.plenary.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.plenary.system.Language;
import org.plenary.system.Said;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A revision in the six official languages: it is written in one (English unless said
 * otherwise) and the secretariat or the process's facilitators add a version in each
 * other, typed or read from a file as a revision is. A version must line up with the
 * revision paragraph by paragraph: the same number of paragraphs, in the same order, an
 * operative paragraph where the revision has one and a part beginning where the revision
 * begins one; otherwise it is refused (400) naming the first paragraph that does not. An
 * issued revision's versions never change: a second version in the same language is
 * refused (409); a draft's version may be replaced by a new one, as the draft itself may.
 * The compilation and the comparison of two revisions work within a language; amendments
 * stay in the language they were tabled in, the revision's own.
 */
@Service
public class LanguageVersions {

	private final NegotiatedTextRepository texts;

	private final TextRevisionRepository revisions;

	private final TextVersionRepository versions;

	private final AmendmentRepository amendments;

	private final NegotiatedTexts negotiated;

	private final Processes processes;

	private final AuditTrail audit;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	LanguageVersions(NegotiatedTextRepository texts, TextRevisionRepository revisions, TextVersionRepository versions,
			AmendmentRepository amendments, NegotiatedTexts negotiated, Processes processes, AuditTrail audit,
			Clock clock, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.texts = texts;
		this.revisions = revisions;
		this.versions = versions;
		this.amendments = amendments;
		this.negotiated = negotiated;
		this.processes = processes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The languages a revision reads in: the one it was written in first, then the others
	 * it has.
	 */
	@Transactional(readOnly = true)
	public RevisionLanguages languages(RevisionId id, Actor actor) {
		var revision = load(id, actor);
		var others = this.versions.findByRevisionId(revision.id())
			.stream()
			.map((v) -> new RevisionLanguages.Version(v.language(), v.addedBy(), v.addedAt()))
			.sorted(java.util.Comparator.comparing(RevisionLanguages.Version::language))
			.toList();
		return new RevisionLanguages(id, revision.label(), revision.language(), others);
	}

	/**
	 * The revision as it reads in a language, numbered as the revision is (404 when it
	 * has no version in that language).
	 */
	@Transactional(readOnly = true)
	public RevisionView revision(RevisionId id, Language language, Actor actor) {
		var original = this.negotiated.revision(id, actor);
		var revision = load(id, actor);
		if (language == revision.language()) {
			return original;
		}
		var version = this.versions.findByRevisionIdAndLanguage(revision.id(), language.tag())
			.orElseThrow(() -> new TextRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchLanguageVersion", "No such language version"),
					new Said("refusal.text.noVersionIn",
							"%s has no version in %s.".formatted(revision.label(), language.nativeName()),
							revision.label(), language.nativeName())));
		var kinds = new java.util.HashMap<UUID, ParagraphKind>();
		revision.paragraphs().forEach((p) -> kinds.put(p.lineage(), p.kind()));
		var paragraphs = version.lines()
			.stream()
			.map((line) -> new Paragraph(line.lineage(), line.ordinal(), line.part(), kinds.get(line.lineage()),
					line.text()))
			.toList();
		return new RevisionView(original.id(), original.text(), original.textTitle(), original.symbol(),
				original.number(), original.label(), original.issued(), original.issuedOn(), original.finalText(),
				Numbering.parts(paragraphs), original.version());
	}

	/**
	 * Adds a revision's version in another language, read from plain text as a revision
	 * is (the facilitators and the secretariat of its process).
	 */
	@Transactional
	public RevisionView addVersion(RevisionId id, Language language, String plain, Actor actor) {
		var revision = load(id, actor);
		var text = this.texts.findById(revision.textId()).orElseThrow();
		var process = this.processes.process(new ProcessId(text.processId()));
		if (!actor.mayRun(text.processId())) {
			throw new NotYourProcess(actor, text.processId(), process.shortName());
		}
		if (language == revision.language()) {
			throw new InvalidInput("language", "%s is written in %s; add a version in another language."
				.formatted(revision.label(), language.nativeName()), "refusal.text.writtenIn", revision.label(),
					language.nativeName());
		}
		var earlier = this.versions.findByRevisionIdAndLanguage(revision.id(), language.tag());
		if (earlier.isPresent() && revision.isIssued()) {
			throw new TextRefusal(HttpStatus.CONFLICT,
					new Said("refusal.title.versionIssuedAlready", "Version issued already"),
					new Said("refusal.text.versionIssued",
							"%s was issued with its version in %s, added by %s; an issued revision's versions do not change."
								.formatted(revision.label(), language.nativeName(), earlier.get().addedBy()),
							revision.label(), language.nativeName(), earlier.get().addedBy()));
		}
		var read = TextImport.read(plain);
		if (read.isEmpty()) {
			throw new InvalidInput("text", "No paragraph could be read from the text.", "refusal.text.noParagraphRead");
		}
		var lines = lineUp(revision, read);
		earlier.ifPresent((v) -> {
			this.versions.delete(v);
			this.versions.flush();
		});
		this.versions
			.saveAndFlush(new TextVersion(revision.id(), language, actor.username(), this.clock.instant(), lines));
		this.audit.record(actor, earlier.isPresent() ? "text.version.replaced" : "text.version.added",
				"revision " + revision.label(), language.tag());
		if (revision.isIssued()) {
			this.events.publishEvent(new RevisionIssued(new ProcessId(text.processId()), new TextId(text.id()), id));
		}
		return revision(id, language, actor);
	}

	/**
	 * The version's paragraphs matched to the revision's, in order: refused at the first
	 * that does not line up.
	 */
	private static List<TextVersion.Line> lineUp(TextRevision revision, List<TextImport.Read> read) {
		var originals = revision.paragraphs();
		var numbers = Numbering.parts(originals)
			.stream()
			.flatMap((p) -> p.paragraphs().stream())
			.map((p) -> p.number().isEmpty() ? "" : p.number())
			.toList();
		var lines = new ArrayList<TextVersion.Line>();
		for (int i = 0; i < Math.max(originals.size(), read.size()); i++) {
			var name = i < originals.size() ? name(numbers.get(i), i, originals.get(i)) : null;
			if (i >= read.size()) {
				throw new InvalidInput("text",
						"%s does not line up: the version ends after %d paragraphs, the revision has %d."
							.formatted(name, read.size(), originals.size()),
						"refusal.text.versionEndsEarly", name, read.size(), originals.size());
			}
			if (i >= originals.size()) {
				throw new InvalidInput("text",
						"The version's paragraph %d (\"%s\") does not line up: the revision has only %d."
							.formatted(i + 1, shorten(read.get(i).text()), originals.size()),
						"refusal.text.versionTooLong", i + 1, shorten(read.get(i).text()), originals.size());
			}
			var original = originals.get(i);
			var version = read.get(i);
			boolean operative = original.kind() == ParagraphKind.OPERATIVE;
			if (operative != (version.kind() == ParagraphKind.OPERATIVE)) {
				throw new InvalidInput("text",
						"%s does not line up: the revision has %s there, the version \"%s\".".formatted(name,
								operative ? "an operative paragraph" : "no operative paragraph",
								shorten(version.text())),
						operative ? "refusal.text.operativeInRevision" : "refusal.text.operativeInVersion", name,
						shorten(version.text()));
			}
			boolean partBegins = i == 0 || !original.part().equals(originals.get(i - 1).part());
			boolean versionPartBegins = i == 0 || !version.part().equals(read.get(i - 1).part());
			if (partBegins != versionPartBegins) {
				throw new InvalidInput("text",
						"%s does not line up: %s begins a part there, the other does not.".formatted(name,
								partBegins ? "the revision" : "the version"),
						partBegins ? "refusal.text.partBeginsInRevision" : "refusal.text.partBeginsInVersion", name);
			}
			lines.add(new TextVersion.Line(i + 1, original.lineage(), version.part(), version.text()));
		}
		return lines;
	}

	private static String name(String number, int index, Paragraph paragraph) {
		var words = shorten(paragraph.text());
		return number.isEmpty() ? "Paragraph %d (\"%s\")".formatted(index + 1, words)
				: "Paragraph %s (\"%s\")".formatted(number, words);
	}

	private static String shorten(String text) {
		return text.length() <= 40 ? text : text.substring(0, 39) + "…";
	}

	/**
	 * The compilation text in a language: in the revision's own, as always; in a
	 * version's, its text with the amendments tabled in that language (none yet:
	 * amendments are tabled in the revision's own language, whose compilation shows
	 * them).
	 */
	@Transactional(readOnly = true)
	public CompilationView compilation(RevisionId id, @Nullable Language language, @Nullable String part,
			@Nullable String delegation, @Nullable AmendmentStatus status, Actor actor) {
		var compilation = this.negotiated.compilation(id, part, delegation, status, actor);
		var revision = load(id, actor);
		if (language == null || language == revision.language()) {
			return compilation;
		}
		var inLanguage = revision(id, language, actor);
		var tabledIn = this.amendments.findByRevisionIdOrderByTabledAtAsc(revision.id())
			.stream()
			.filter((a) -> a.language() == language)
			.map((a) -> a.id())
			.collect(java.util.stream.Collectors.toSet());
		return Compilation.of(inLanguage,
				compilation.amendments().stream().filter((a) -> tabledIn.contains(a.id().value())).toList(), part);
	}

	/**
	 * Two revisions compared within a language: refused (400, naming the revision) when
	 * one has no version in it, rather than compared across languages.
	 */
	@Transactional(readOnly = true)
	public RevisionComparison compare(RevisionId from, RevisionId to, @Nullable Language language, Actor actor) {
		if (language == null) {
			return this.negotiated.compare(from, to, actor);
		}
		for (var id : List.of(from, to)) {
			var languages = languages(id, actor);
			if (!languages.all().contains(language)) {
				throw new InvalidInput("lang",
						"%s has no version in %s; revisions are compared within one language, not across two."
							.formatted(languages.label(), language.nativeName()),
						"refusal.text.compareWithinLanguage", languages.label(), language.nativeName());
			}
		}
		var before = revision(from, language, actor);
		var after = revision(to, language, actor);
		if (!before.text().equals(after.text())) {
			throw new InvalidInput("to", "Compare two revisions of the same text.", "refusal.text.compareSameText");
		}
		return Comparison.between(before, after);
	}

	/** The language a reader asked for by its tag; 400 for any other than the six. */
	public static @Nullable Language language(@Nullable String tag, String field) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		return Language.ofTag(tag)
			.orElseThrow(
					() -> new InvalidInput(field, "Choose ar, zh, en, fr, ru or es.", "refusal.text.chooseLanguage"));
	}

	private TextRevision load(RevisionId id, Actor actor) {
		// The door's checks: 404 for no revision, and for a draft the reader may not see.
		this.negotiated.revision(id, actor);
		return this.revisions.findById(id.value()).orElseThrow();
	}

}
