package org.plenary.correspondence.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.Extraction;
import org.plenary.correspondence.ImportStatus;
import org.plenary.correspondence.ImportConfirmation;
import org.plenary.correspondence.LetterImports;
import org.plenary.correspondence.MeetingRoomTaken;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.system.InvalidInput;
import org.plenary.system.Refusal;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing the archive as pages: the upload of one file or a folder; the batch, with a
 * progress bar that fills as the files are read and the summary at the end; and each
 * file's review — the text with what was found highlighted, next to the fields to correct
 * — which stores the letter when confirmed.
 */
@Controller
class LetterImportController {

	private final LetterImports imports;

	private final ImportConfirmation confirmation;

	LetterImportController(LetterImports imports, ImportConfirmation confirmation) {
		this.imports = imports;
		this.confirmation = confirmation;
	}

	@GetMapping("/letters/imports")
	String imports(Actor actor, Model model) {
		model.addAttribute("batches", this.imports.batches(actor));
		model.addAttribute("mostFiles", LetterImports.MOST_FILES);
		return "correspondence/imports";
	}

	@PostMapping("/letters/imports")
	String upload(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean storeComplete, Actor actor, Model model) throws IOException {
		if (!this.imports.mayImport(actor)) {
			throw new NotPermitted(actor, "import letters");
		}
		var uploads = new ArrayList<LetterImports.Upload>();
		for (var file : files == null ? List.<MultipartFile>of() : files) {
			if (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
				continue;
			}
			uploads.add(new LetterImports.Upload(file.getOriginalFilename(), file.getBytes()));
		}
		try {
			var batch = this.imports.upload(uploads, storeComplete, actor);
			return "redirect:/letters/imports/" + batch.id();
		}
		catch (InvalidInput refusal) {
			model.addAttribute("error", refusal.reason());
			return imports(actor, model);
		}
	}

	@GetMapping("/letters/imports/{batch}")
	String batch(@PathVariable UUID batch, Actor actor, Model model) {
		model.addAttribute("batch", this.imports.batch(batch, actor));
		return "correspondence/import-batch";
	}

	/** The progress bar and the summary, for htmx to swap in every second until done. */
	@GetMapping("/letters/imports/{batch}/progress")
	String progress(@PathVariable UUID batch, Actor actor, Model model) {
		model.addAttribute("batch", this.imports.batch(batch, actor));
		return "correspondence/import-batch :: progress";
	}

	@GetMapping("/letters/imports/files/{file}/pages/{number}.png")
	ResponseEntity<byte[]> page(@PathVariable UUID file, @PathVariable int number, Actor actor) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(this.confirmation.pageImage(file, number, actor));
	}

	@GetMapping("/letters/imports/files/{file}")
	String review(@PathVariable UUID file, Actor actor, Model model) {
		var details = this.confirmation.details(file, actor);
		if (!model.containsAttribute("form") && details.suggested() != null) {
			model.addAttribute("form", ImportForm.of(details.suggested()));
		}
		model.addAttribute("details", details);
		return "correspondence/import-review";
	}

	@PostMapping("/letters/imports/files/{file}")
	String confirm(@PathVariable UUID file, @ModelAttribute("form") ImportForm form, BindingResult errors, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			var reading = form.read();
			try {
				if (reading.problems().isEmpty()) {
					var letter = this.confirmation.confirm(file, reading.review(), actor);
					redirect.addFlashAttribute("notice",
							reading.review().meetings().isEmpty() ? "importedWithoutMeetings" : "imported");
					return "redirect:/letters/" + letter.id();
				}
				// The form's own refusals name its rows already; the review's count the
				// meetings kept. Every mistake is shown at once, in the order of the
				// page.
				var refused = reading.problems().stream().map(InvalidInput::field).toList();
				var problems = new ArrayList<>(reading.problems());
				this.confirmation.problems(reading.review())
					.stream()
					.map(form::onPage)
					.filter((p) -> !refused.contains(p.field()))
					.forEach(problems::add);
				problems.sort(Comparator.comparingInt((InvalidInput p) -> form.pageOrder(p.field())));
				problems.forEach((p) -> reject(errors, form, p));
			}
			catch (InvalidInput refusal) {
				refusal.each().stream().map(form::onPage).forEach((p) -> reject(errors, form, p));
			}
			catch (MeetingRoomTaken taken) {
				reject(errors, form, form.fieldOf(taken.field()), "refused", null, taken.detail());
			}
			catch (IllegalArgumentException refusal) {
				errors.reject("invalid", String.valueOf(refusal.getMessage()));
			}
			catch (Refusal refusal) {
				if (refusal.getStatusCode().value() == 404 || refusal.getStatusCode().value() == 401
						|| refusal.getStatusCode().value() == 403) {
					throw refusal;
				}
				errors.reject("refused", refusal.detail());
			}
		}
		model.addAttribute("details", this.confirmation.details(file, actor));
		return "correspondence/import-review";
	}

	private static void reject(BindingResult errors, ImportForm form, InvalidInput refusal) {
		reject(errors, form, refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
	}

	/**
	 * A refusal by the field of the form it concerns (a meeting's, at its row), or at the
	 * top when the form has no such field.
	 */
	private static void reject(BindingResult errors, ImportForm form, String field, String code,
			Object @Nullable [] arguments, String reason) {
		if (form.hasField(field)) {
			errors.rejectValue(field, code, arguments, reason);
		}
		else {
			errors.reject("invalid", reason);
		}
	}

	/** The statuses in the order the summary lists them. */
	@ModelAttribute("statuses")
	List<ImportStatus> statuses() {
		return List.of(ImportStatus.IMPORTED, ImportStatus.NEEDS_REVIEW, ImportStatus.DUPLICATE, ImportStatus.FAILED);
	}

	/**
	 * Where a meeting of the review may stand, as the person chooses it: what the
	 * programme will hold. A meeting the letter announces goes on it as provisional until
	 * the programme confirms it, so "scheduled" is not offered as if it were something
	 * else.
	 */
	@ModelAttribute("meetingStatuses")
	List<Extraction.Status> meetingStatuses() {
		return ImportForm.STATUSES;
	}

}
