package org.plenary.correspondence.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.Extraction;
import org.plenary.correspondence.LetterExtractor;
import org.plenary.correspondence.LetterFiles;
import org.plenary.correspondence.UnreadableLetter;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.system.DocumentReadings;
import org.plenary.system.Said;
import org.plenary.system.ScannedPages;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads a letter and answers what it says, storing nothing: the text in the body
 * ({@code text/plain}), or a PDF, Word or text file in a multipart form (field
 * {@code file}). Any signed-in person may use it.
 */
@RestController
class ExtractionApiController {

	private final LetterExtractor extractor;

	private final DocumentReadings readings;

	private final ScannedPages scans;

	ExtractionApiController(LetterExtractor extractor, DocumentReadings readings, ScannedPages scans) {
		this.extractor = extractor;
		this.readings = readings;
		this.scans = scans;
	}

	@PostMapping(path = "/api/letters/extract", consumes = MediaType.TEXT_PLAIN_VALUE)
	Extraction extractText(@RequestBody byte[] body,
			@RequestHeader(name = "Content-Type", required = false) @Nullable String contentType, Actor actor) {
		requireSignedIn(actor);
		var charset = charsetOf(contentType);
		return this.readings.during(actor.username(), () -> {
			if (charset.equals(StandardCharsets.UTF_8)) {
				return this.extractor.extract(LetterFiles.text(body, "letter.txt"));
			}
			return this.extractor.extract(new String(body, charset));
		});
	}

	@PostMapping(path = "/api/letters/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Extraction extractFile(@RequestParam("file") MultipartFile file, Actor actor) throws IOException {
		requireSignedIn(actor);
		var name = file.getOriginalFilename() == null ? "letter" : file.getOriginalFilename();
		var content = file.getBytes();
		return this.readings.during(actor.username(),
				() -> this.extractor.extract(LetterFiles.text(content, name, this.scans)));
	}

	private static void requireSignedIn(Actor actor) {
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, new Said("refusal.action.readLetters", "read letters"));
		}
	}

	private static Charset charsetOf(@Nullable String contentType) {
		if (contentType == null) {
			return StandardCharsets.UTF_8;
		}
		try {
			var charset = MediaType.parseMediaType(contentType).getCharset();
			return charset == null ? StandardCharsets.UTF_8 : charset;
		}
		catch (RuntimeException ex) {
			throw new UnreadableLetter("The Content-Type names a character set Plenary does not know: " + contentType);
		}
	}

}
