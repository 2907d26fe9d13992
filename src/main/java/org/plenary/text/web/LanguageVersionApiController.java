package org.plenary.text.web;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.system.InvalidInput;
import org.plenary.text.LanguageVersions;
import org.plenary.text.RevisionId;
import org.plenary.text.RevisionLanguages;
import org.plenary.text.RevisionView;
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
 * A revision's language versions for scripts: which languages it reads in, the revision
 * in one of them, and a version added from plain text or a Word or text file.
 */
@RestController
class LanguageVersionApiController {

	private final LanguageVersions versions;

	private final org.plenary.system.DocumentReadings readings;

	LanguageVersionApiController(LanguageVersions versions, org.plenary.system.DocumentReadings readings) {
		this.versions = versions;
		this.readings = readings;
	}

	@GetMapping("/api/revisions/{id}/versions")
	RevisionLanguages languages(@PathVariable RevisionId id, Actor actor) {
		return this.versions.languages(id, actor);
	}

	/** The revision in a language ({@code ar}, {@code zh}, {@code en} …). */
	@GetMapping("/api/revisions/{id}/versions/{lang}")
	RevisionView revision(@PathVariable RevisionId id, @PathVariable String lang, Actor actor) {
		return this.versions.revision(id, required(lang, "lang"), actor);
	}

	/**
	 * {@code {"language": "fr", "text": "…"}}: the revision's version in that language,
	 * paragraph by paragraph as the revision.
	 */
	@PostMapping(path = "/api/revisions/{id}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RevisionView add(@PathVariable RevisionId id, @RequestBody TextRequests.Version request, Actor actor) {
		if (request.text() == null || request.text().isBlank()) {
			throw new InvalidInput("text", "Give the version's text.", "refusal.text.giveVersionText");
		}
		return this.versions.addVersion(id, required(request.language(), "language"), request.text(), actor);
	}

	/** A Word or text file in {@code file}, and its {@code language}. */
	@PostMapping(path = "/api/revisions/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	RevisionView addFile(@PathVariable RevisionId id, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String language, Actor actor) throws java.io.IOException {
		var lang = required(language, "language");
		var plain = this.readings.text(file.getBytes(),
				file.getOriginalFilename() == null ? "version.txt" : file.getOriginalFilename(), actor.username());
		return this.versions.addVersion(id, lang, plain, actor);
	}

	static org.plenary.system.Language required(@Nullable String tag, String field) {
		var language = LanguageVersions.language(tag, field);
		if (language == null) {
			throw new InvalidInput(field, "Choose ar, zh, en, fr, ru or es.", "refusal.text.chooseLanguage");
		}
		return language;
	}

}
