package org.plenary.correspondence.web;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.ImportBatchView;
import org.plenary.correspondence.ImportDetails;
import org.plenary.correspondence.ImportReview;
import org.plenary.correspondence.ImportConfirmation;
import org.plenary.correspondence.LetterImports;
import org.plenary.correspondence.LetterView;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.system.Said;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing the archive through the API: upload files (multipart, field {@code files},
 * one or many) and follow the batch as it is read; read a file's text, highlights and
 * what was found; confirm a reviewed file to store its letters and meetings.
 */
@RestController
class LetterImportApiController {

	private final LetterImports imports;

	private final ImportConfirmation confirmation;

	LetterImportApiController(LetterImports imports, ImportConfirmation confirmation) {
		this.imports = imports;
		this.confirmation = confirmation;
	}

	/** 202: the files are read in the background; the batch says how far it has come. */
	@PostMapping("/api/letters/imports")
	ResponseEntity<ImportBatchView> upload(
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean storeComplete, Actor actor) throws IOException {
		if (!this.imports.mayImport(actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.importLetters", "import letters"));
		}
		var uploads = new ArrayList<LetterImports.Upload>();
		for (var file : files == null ? List.<MultipartFile>of() : files) {
			uploads.add(new LetterImports.Upload(
					file.getOriginalFilename() == null ? "letter" : file.getOriginalFilename(), file.getBytes()));
		}
		var batch = this.imports.upload(uploads, storeComplete, actor);
		return ResponseEntity.accepted().location(URI.create("/api/letters/imports/" + batch.id())).body(batch);
	}

	@GetMapping("/api/letters/imports")
	List<ImportBatchView> batches(Actor actor) {
		return this.imports.batches(actor);
	}

	@GetMapping("/api/letters/imports/{batch}")
	ImportBatchView batch(@PathVariable UUID batch, Actor actor) {
		return this.imports.batch(batch, actor);
	}

	@GetMapping("/api/letters/imports/files/{file}")
	ImportDetails file(@PathVariable UUID file, Actor actor) {
		return this.confirmation.details(file, actor);
	}

	/** 201: the file's first letter, stored in the archive. */
	@PostMapping("/api/letters/imports/files/{file}/confirm")
	ResponseEntity<LetterView> confirm(@PathVariable UUID file, @RequestBody ImportReview review, Actor actor) {
		var letter = this.confirmation.confirm(file, review, actor);
		return ResponseEntity.created(URI.create("/api/letters/" + letter.id())).body(letter);
	}

}
