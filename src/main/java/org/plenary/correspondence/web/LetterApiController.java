package org.plenary.correspondence.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.LetterVersion;
import org.plenary.correspondence.LetterVersionNotFound;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Reference;
import org.plenary.correspondence.Signatory;
import org.plenary.correspondence.print.LetterPrint;
import org.plenary.identity.Actor;
import org.plenary.process.ProcessId;
import org.plenary.schedule.MeetingId;
import org.plenary.system.DocumentWords;
import org.plenary.system.Downloads;
import org.plenary.system.Language;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Letters as JSON: the letters someone may read, one letter, and its life — draft,
 * revise, sign, circulate, correct.
 */
@RestController
@RequestMapping("/api/letters")
class LetterApiController {

	private final Letters letters;

	private final LetterPrint print;

	LetterApiController(Letters letters, LetterPrint print) {
		this.letters = letters;
		this.print = print;
	}

	private static String fileName(LetterView letter) {
		return "letter-" + (letter.writtenOn() == null ? "undated" : letter.writtenOn()) + "-"
				+ letter.kind().name().toLowerCase();
	}

	@GetMapping
	List<LetterView> letters(@RequestParam(required = false) @Nullable ProcessId process,
			@RequestParam(required = false) @Nullable Integer session, Actor actor) {
		return this.letters.letters(process, session, actor);
	}

	@GetMapping("/{id}")
	LetterView letter(@PathVariable LetterId id, Actor actor) {
		return this.letters.letter(id, actor);
	}

	/** The letters that announce a meeting. */
	@GetMapping(params = "meeting")
	List<LetterView> announcing(@RequestParam MeetingId meeting, Actor actor) {
		return this.letters.announcing(meeting, actor);
	}

	/** The letter and what it encloses, as a tagged PDF. */
	@GetMapping("/{id}/letter.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable LetterId id, @RequestParam(required = false) @Nullable String lang,
			Actor actor) {
		var letters = this.letters.withEnclosures(id, actor);
		var language = language(letters.get(0), lang);
		return Downloads.attachment(this.print.pdf(letters, language), MediaType.APPLICATION_PDF,
				fileName(letters.get(0)) + DocumentWords.fileSuffix(language) + ".pdf");
	}

	/** The letter and what it encloses, as a Word document. */
	@GetMapping("/{id}/letter.docx")
	ResponseEntity<byte[]> docx(@PathVariable LetterId id, @RequestParam(required = false) @Nullable String lang,
			Actor actor) {
		var letters = this.letters.withEnclosures(id, actor);
		var language = language(letters.get(0), lang);
		return Downloads.attachment(this.print.docx(letters, language), Downloads.DOCX,
				fileName(letters.get(0)) + DocumentWords.fileSuffix(language) + ".docx");
	}

	/**
	 * The language a letter is printed in: {@code lang} when the letter has a version in
	 * it (404 when not), else the language it was written in.
	 */
	static Language language(LetterView letter, @Nullable String lang) {
		if (lang == null || lang.isBlank()) {
			return letter.language();
		}
		var language = DocumentWords.language(lang, null);
		if (!letter.hasVersionIn(language)) {
			throw new LetterVersionNotFound(letter.id(), language);
		}
		return language;
	}

	/**
	 * Adds a draft's version in another language (or replaces it): 409 once the letter is
	 * signed.
	 */
	@PostMapping("/{id}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	LetterView addVersion(@PathVariable LetterId id, @Valid @RequestBody VersionRequest request, Actor actor) {
		return this.letters.addVersion(id, request.toVersion(), actor);
	}

	/**
	 * A letter's text in another language; the titles of its signatories in their order.
	 */
	record VersionRequest(@NotBlank @Size(max = 20) String language, @Nullable @Size(max = 80) String place,
			@NotBlank @Size(max = 300) String addressees, @NotBlank @Size(max = 80) String salutation,
			@NotEmpty List<@NotBlank @Size(max = 4000) String> paragraphs,
			@Nullable List<@Nullable @Size(max = 300) String> signatoryTitles) {

		LetterVersion toVersion() {
			return new LetterVersion(DocumentWords.language(this.language, null), this.place, this.addressees,
					this.salutation, this.paragraphs, this.signatoryTitles == null ? List.of() : this.signatoryTitles);
		}

	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	LetterView compose(@Valid @RequestBody DraftRequest request, Actor actor) {
		return this.letters.compose(request.toDraft(), actor);
	}

	@PutMapping("/{id}")
	LetterView revise(@PathVariable LetterId id, @Valid @RequestBody DraftRequest request, Actor actor) {
		return this.letters.revise(id, request.toDraft(), request.version() == null ? -1 : request.version(), actor);
	}

	@PostMapping("/{id}/sign")
	LetterView sign(@PathVariable LetterId id, Actor actor) {
		return this.letters.sign(id, actor);
	}

	@PostMapping("/{id}/circulate")
	LetterView circulate(@PathVariable LetterId id, Actor actor) {
		return this.letters.circulate(id, actor);
	}

	@PostMapping("/{id}/correction")
	@ResponseStatus(HttpStatus.CREATED)
	LetterView correct(@PathVariable LetterId id, Actor actor) {
		return this.letters.correct(id, actor);
	}

	/**
	 * What a letter says. The addressees default to all Permanent Representatives and
	 * Permanent Observers; the salutation to "Excellency,". {@code version} is required
	 * when revising.
	 */
	record DraftRequest(@NotNull LetterKind kind, @Nullable UUID process, @NotNull LocalDate writtenOn,
			@Nullable @Size(max = 80) String place, @Nullable @Size(max = 300) String addressees,
			@Nullable @Size(max = 80) String salutation, @NotEmpty List<@NotBlank @Size(max = 4000) String> paragraphs,
			@Nullable List<@Valid SignatoryRequest> signatories, @Nullable List<@Valid Reference> references,
			@Nullable LetterId enclosure, @Nullable List<UUID> programme, @Nullable Long version) {

		LetterDraft toDraft() {
			return new LetterDraft(this.kind, this.process, this.writtenOn, this.place,
					this.addressees == null || this.addressees.isBlank() ? LetterDraft.ALL_PERMANENT_REPRESENTATIVES
							: this.addressees,
					this.salutation == null || this.salutation.isBlank() ? "Excellency," : this.salutation,
					this.paragraphs,
					this.signatories == null ? List.of()
							: this.signatories.stream().map(SignatoryRequest::toSignatory).toList(),
					this.references == null ? List.of() : this.references, this.enclosure,
					this.programme == null ? List.of() : this.programme);
		}

	}

	record SignatoryRequest(@NotBlank @Size(max = 120) String name, @Nullable @Size(max = 300) String title,
			@Nullable @Size(max = 80) String role, @Nullable @Size(max = 8) String delegation) {

		Signatory toSignatory() {
			return new Signatory(this.name, this.title, this.role, this.delegation);
		}

	}

}
