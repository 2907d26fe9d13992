package org.plenary.positions.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.positions.ModelChoice;
import org.plenary.positions.ModelComparison;
import org.plenary.positions.ReformModelId;
import org.plenary.positions.ReformModelView;
import org.plenary.positions.ReformModels;
import org.plenary.process.ProcessId;
import org.plenary.system.Downloads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reform models for scripts: each with its computed {@code size}, {@code seatsByRegion}
 * and {@code vetoHolders}; submitted and revised by whoever may; compared as JSON, CSV or
 * PDF.
 */
@RestController
@RequestMapping("/api/models")
class ModelApiController {

	private final ReformModels models;

	private final ComparisonDocuments documents;

	ModelApiController(ReformModels models, ComparisonDocuments documents) {
		this.models = models;
		this.documents = documents;
	}

	@GetMapping
	List<ReformModelView> models(@RequestParam(required = false) @Nullable UUID process) {
		return this.models.models(process == null ? null : new ProcessId(process));
	}

	@GetMapping("/{id}")
	ReformModelView model(@PathVariable ReformModelId id) {
		return this.models.model(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ReformModelView submit(@RequestBody ModelRequest request, Actor actor) {
		return this.models.submit(request.toModel(), actor);
	}

	@PostMapping("/{id}/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	ReformModelView revise(@PathVariable ReformModelId id, @RequestBody ModelRequest.RevisionRequest request,
			Actor actor) {
		return this.models.revise(id, request.toRevision(), request.version(), actor);
	}

	/**
	 * {@code ids=<id>,<id>:2,today}: two to five models, revisions or today's Council.
	 */
	@GetMapping("/compare")
	ModelComparison compare(@RequestParam List<String> ids) {
		return this.models.compare(ids.stream().map(ModelChoice::parse).toList());
	}

	@GetMapping("/compare.csv")
	ResponseEntity<byte[]> compareCsv(@RequestParam List<String> ids, Locale locale) {
		var csv = this.documents.csv(compare(ids), locale);
		return Downloads.attachment(csv.getBytes(StandardCharsets.UTF_8),
				new MediaType("text", "csv", StandardCharsets.UTF_8), "models.csv");
	}

	@GetMapping("/compare.pdf")
	ResponseEntity<byte[]> comparePdf(@RequestParam List<String> ids, Locale locale) {
		return Downloads.attachment(this.documents.pdf(compare(ids), locale), MediaType.APPLICATION_PDF, "models.pdf");
	}

}
