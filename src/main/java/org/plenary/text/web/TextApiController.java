package org.plenary.text.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.process.ProcessId;
import org.plenary.system.InvalidInput;
import org.plenary.text.AmendmentId;
import org.plenary.text.AmendmentStatus;
import org.plenary.text.AmendmentView;
import org.plenary.text.CompilationView;
import org.plenary.text.LanguageVersions;
import org.plenary.text.NegotiatedTexts;
import org.plenary.text.ParagraphHistory;
import org.plenary.text.RevisionComparison;
import org.plenary.text.RevisionId;
import org.plenary.text.RevisionView;
import org.plenary.text.TextId;
import org.plenary.text.TextView;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Negotiated texts for scripts: texts, revisions (imported from text or a Word file),
 * amendments and the stances on them, the compilation text, comparisons and a paragraph's
 * history.
 */
@RestController
class TextApiController {

	private final NegotiatedTexts texts;

	private final java.time.Clock clock;

	private final TextDocuments documents;

	private final org.plenary.process.Processes processes;

	private final org.plenary.system.DocumentReadings readings;

	private final LanguageVersions versions;

	TextApiController(NegotiatedTexts texts, TextDocuments documents, org.plenary.process.Processes processes,
			java.time.Clock clock, org.plenary.system.DocumentReadings readings, LanguageVersions versions) {
		this.readings = readings;
		this.versions = versions;
		this.processes = processes;
		this.texts = texts;
		this.documents = documents;
		this.clock = clock;
	}

	@GetMapping("/api/revisions/{id}/revision.pdf")
	org.springframework.http.ResponseEntity<byte[]> revisionPdf(@PathVariable("id") RevisionId revision, Actor actor) {
		var found = this.texts.revision(revision, actor);
		return TextDownloads.download(this.documents.revisionPdf(found), MediaType.APPLICATION_PDF,
				name(found, actor) + ".pdf");
	}

	@GetMapping("/api/revisions/{id}/revision.docx")
	org.springframework.http.ResponseEntity<byte[]> revisionDocx(@PathVariable("id") RevisionId revision, Actor actor) {
		var found = this.texts.revision(revision, actor);
		return TextDownloads.download(this.documents.revisionDocx(found), org.plenary.system.Downloads.DOCX,
				name(found, actor) + ".docx");
	}

	/** The revision in Akoma Ntoso 3.0 (OASIS LegalDocML). */
	@GetMapping(path = "/api/revisions/{id}/revision.akn.xml", produces = MediaType.APPLICATION_XML_VALUE)
	org.springframework.http.ResponseEntity<byte[]> akomaNtoso(@PathVariable("id") RevisionId revision, Actor actor) {
		var found = this.texts.revision(revision, actor);
		var process = this.processes.process(this.texts.text(found.text(), actor).process()).shortName();
		return TextDownloads.download(AkomaNtoso.of(found, process), MediaType.APPLICATION_XML,
				name(found, actor) + ".akn.xml");
	}

	@GetMapping("/api/revisions/{id}/compilation.docx")
	org.springframework.http.ResponseEntity<byte[]> compilationDocx(@PathVariable("id") RevisionId revision,
			@RequestParam(required = false) @Nullable String part,
			@RequestParam(required = false) @Nullable String delegation,
			@RequestParam(required = false) @Nullable AmendmentStatus status, Actor actor) {
		var compilation = this.texts.compilation(revision, part, delegation, status, actor);
		return TextDownloads.download(this.documents.compilationDocx(compilation), org.plenary.system.Downloads.DOCX,
				name(compilation.revision(), actor) + " compilation.docx");
	}

	@GetMapping("/api/revisions/{id}/compilation.pdf")
	org.springframework.http.ResponseEntity<byte[]> compilationPdf(@PathVariable("id") RevisionId revision,
			@RequestParam(required = false) @Nullable String part,
			@RequestParam(required = false) @Nullable String delegation,
			@RequestParam(required = false) @Nullable AmendmentStatus status, Actor actor) {
		var compilation = this.texts.compilation(revision, part, delegation, status, actor);
		return TextDownloads.download(this.documents.compilationPdf(compilation), MediaType.APPLICATION_PDF,
				name(compilation.revision(), actor) + " compilation.pdf");
	}

	@GetMapping("/api/revisions/{from}/compare/{to}/comparison.docx")
	org.springframework.http.ResponseEntity<byte[]> comparisonDocx(@PathVariable RevisionId from,
			@PathVariable RevisionId to, Actor actor) {
		var comparison = this.texts.compare(from, to, actor);
		var later = this.texts.revision(to, actor);
		return TextDownloads.download(this.documents.comparisonDocx(comparison, later.textTitle()),
				org.plenary.system.Downloads.DOCX,
				"%s compared with %s.docx".formatted(name(later, actor), comparison.fromLabel()));
	}

	/**
	 * A name people can file: the process (or the text's symbol) and the revision, "GCM
	 * Rev.2".
	 */
	private String name(RevisionView revision, Actor actor) {
		var who = revision.symbol() != null ? revision.symbol()
				: this.processes.process(this.texts.text(revision.text(), actor).process()).shortName();
		return who + " " + revision.label();
	}

	@GetMapping("/api/processes/{id}/texts")
	List<TextView> texts(@PathVariable ProcessId id, Actor actor) {
		return this.texts.texts(id, actor);
	}

	@PostMapping("/api/processes/{id}/texts")
	@ResponseStatus(HttpStatus.CREATED)
	TextView create(@PathVariable ProcessId id, @RequestBody TextRequests.NewText text, Actor actor) {
		return this.texts.create(id, text.title() == null ? "" : text.title(), text.symbol(), actor);
	}

	@GetMapping("/api/texts/{id}")
	TextView text(@PathVariable("id") TextId text, Actor actor) {
		return this.texts.text(text, actor);
	}

	@GetMapping("/api/texts/{id}/revisions")
	List<TextView.Revision> revisions(@PathVariable("id") TextId text, Actor actor) {
		return this.texts.text(text, actor).revisions();
	}

	/**
	 * {@code {"label": "Zero draft", "text": "…"}}: the next revision, read from plain
	 * text.
	 */
	@PostMapping(path = "/api/texts/{id}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RevisionView importText(@PathVariable("id") TextId text, @RequestBody TextRequests.Import request, Actor actor) {
		if (request.text() == null || request.text().isBlank()) {
			throw new InvalidInput("text", "Give the revision's text.", "refusal.text.giveRevisionText");
		}
		return this.texts.importRevision(text, request.label(), request.text(),
				request.finalText() != null && request.finalText(), actor);
	}

	/** A Word or text file in {@code file}: the next revision, read from it. */
	@PostMapping(path = "/api/texts/{id}/revisions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RevisionView importFile(@PathVariable("id") TextId text, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String label,
			@RequestParam(defaultValue = "false") boolean finalText, Actor actor) throws java.io.IOException {
		var plain = this.readings.text(file.getBytes(),
				file.getOriginalFilename() == null ? "revision.txt" : file.getOriginalFilename(), actor.username());
		return this.texts.importRevision(text, label, plain, finalText, actor);
	}

	@PostMapping("/api/texts/{id}/revisions/next")
	@ResponseStatus(HttpStatus.CREATED)
	RevisionView prepareNext(@PathVariable("id") TextId text,
			@RequestBody(required = false) TextRequests.@Nullable Next next, Actor actor) {
		return this.texts.prepareNext(text, next == null ? null : next.label(), actor);
	}

	@GetMapping("/api/texts/{id}/paragraphs/{lineage}/history")
	ParagraphHistory history(@PathVariable("id") TextId text, @PathVariable UUID lineage, Actor actor) {
		return this.texts.history(text, lineage, actor);
	}

	@GetMapping("/api/revisions/{id}")
	RevisionView revision(@PathVariable("id") RevisionId revision, Actor actor) {
		return this.texts.revision(revision, actor);
	}

	@PostMapping("/api/revisions/{id}/issue")
	RevisionView issue(@PathVariable("id") RevisionId revision,
			@RequestBody(required = false) TextRequests.@Nullable Issue issue, Actor actor) {
		return this.texts.issue(revision,
				issue == null || issue.issuedOn() == null ? LocalDate.now(this.clock) : issue.issuedOn(), actor);
	}

	/** Discards a draft revision (an issued one stays: 409). */
	@org.springframework.web.bind.annotation.DeleteMapping("/api/revisions/{id}")
	TextView discard(@PathVariable("id") RevisionId revision, Actor actor) {
		return this.texts.discard(revision, actor);
	}

	@GetMapping("/api/revisions/{id}/amendments")
	List<AmendmentView> amendments(@PathVariable("id") RevisionId revision, Actor actor) {
		return this.texts.amendments(revision, actor);
	}

	@PostMapping("/api/revisions/{id}/amendments")
	@ResponseStatus(HttpStatus.CREATED)
	AmendmentView table(@PathVariable("id") RevisionId revision, @RequestBody TextRequests.Amendment amendment,
			Actor actor) {
		return this.texts.table(revision, amendment.toCommand(), actor);
	}

	@PostMapping("/api/amendments/{id}/stances")
	AmendmentView back(@PathVariable("id") AmendmentId amendment, @RequestBody TextRequests.Backing backing,
			Actor actor) {
		return this.texts.back(amendment, backing.holder() == null ? "" : backing.holder(), backing.stanceTaken(),
				actor);
	}

	@PostMapping("/api/amendments/{id}/status")
	AmendmentView place(@PathVariable("id") AmendmentId amendment, @RequestBody TextRequests.Placing placing,
			Actor actor) {
		return this.texts.place(amendment, placing.statusGiven(), placing.reason(), actor);
	}

	@GetMapping("/api/revisions/{id}/compilation")
	CompilationView compilation(@PathVariable("id") RevisionId revision,
			@RequestParam(required = false) @Nullable String part,
			@RequestParam(required = false) @Nullable String delegation,
			@RequestParam(required = false) @Nullable AmendmentStatus status,
			@RequestParam(name = "lang", required = false) @Nullable String lang, Actor actor) {
		return this.versions.compilation(revision, LanguageVersions.language(lang, "lang"), part, delegation, status,
				actor);
	}

	/** Two revisions compared, within a language when {@code lang} names one. */
	@GetMapping("/api/revisions/{from}/compare/{to}")
	RevisionComparison compare(@PathVariable RevisionId from, @PathVariable RevisionId to,
			@RequestParam(name = "lang", required = false) @Nullable String lang, Actor actor) {
		return this.versions.compare(from, to, LanguageVersions.language(lang, "lang"), actor);
	}

}
