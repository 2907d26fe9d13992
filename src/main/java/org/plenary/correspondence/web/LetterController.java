package org.plenary.correspondence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.LetterClosed;
import org.plenary.correspondence.LetterDelivery;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterImports;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.LetterNotFound;
import org.plenary.correspondence.LetterStatus;
import org.plenary.correspondence.LetterTemplate;
import org.plenary.correspondence.LetterTemplates;
import org.plenary.correspondence.LetterVersionNotFound;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.Letters;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.process.Sessions;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Programme;
import org.plenary.system.DocumentWords;
import org.plenary.system.InvalidInput;
import org.plenary.system.InvalidValue;
import org.plenary.system.Language;

import org.plenary.system.Confirms;
import org.plenary.system.Said;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The letters as pages: the list a person may read, optionally of one process; one letter
 * laid out as it was written, with its actions (edit, sign, circulate, correct) for those
 * who may write it; starting a letter from a template and editing a draft.
 */
@Controller
class LetterController {

	private final Letters letters;

	private final LetterTemplates templates;

	private final Processes processes;

	private final Programme programme;

	private final Sessions sessions;

	private final Clock clock;

	private final LetterImports imports;

	private final ObjectProvider<LetterDelivery> delivery;

	LetterController(Letters letters, LetterTemplates templates, Processes processes, Programme programme,
			Sessions sessions, Clock clock, LetterImports imports, ObjectProvider<LetterDelivery> delivery) {
		this.delivery = delivery;
		this.imports = imports;
		this.sessions = sessions;
		this.letters = letters;
		this.templates = templates;
		this.processes = processes;
		this.programme = programme;
		this.clock = clock;
	}

	@GetMapping("/letters")
	String letters(@RequestParam(required = false) @Nullable String process,
			@RequestParam(required = false) @Nullable MeetingId meeting,
			@RequestParam(required = false) @Nullable Integer session, Actor actor, Model model) {
		var chosen = process == null || process.isBlank() ? null : this.processes.process(process);
		var shown = meeting != null ? this.letters.announcing(meeting, actor)
				: this.letters.letters(chosen == null ? null : chosen.id(), session, actor);
		model.addAttribute("chosenSession", session);
		model.addAttribute("sessions", this.sessions.sessions());
		model.addAttribute("meeting", meeting == null ? null : this.programme.meeting(meeting));
		var names = new HashMap<UUID, ProcessView>();
		shown.stream()
			.map(LetterView::process)
			.filter((id) -> id != null)
			.distinct()
			.forEach((id) -> names.put(id, this.processes.process(new ProcessId(id))));
		model.addAttribute("letters", shown);
		model.addAttribute("processes", names);
		model.addAttribute("process", chosen);
		model.addAttribute("mayWrite",
				chosen != null && this.letters.mayWrite(LetterKind.FACILITATORS, chosen.id(), actor));
		model.addAttribute("writable",
				chosen != null || actor.isAnonymous() ? List.of()
						: this.processes.processes()
							.stream()
							.filter((p) -> this.letters.mayWrite(LetterKind.FACILITATORS, p.id(), actor))
							.toList());
		model.addAttribute("mayImport", this.imports.mayImport(actor));
		return "correspondence/letters";
	}

	/**
	 * Starting a letter: without a template, the choice of template, date, meetings and
	 * enclosure; with one, the form filled in from it.
	 */
	@GetMapping("/letters/new")
	String start(@RequestParam String process, @RequestParam(required = false) @Nullable LetterTemplate template,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable List<UUID> meetings,
			@RequestParam(required = false) @Nullable UUID enclosure,
			@RequestParam(required = false) @Nullable String language, Actor actor, Locale locale, Model model) {
		var chosen = this.processes.process(process);
		var written = DocumentWords.language(language, locale);
		var day = date == null ? LocalDate.now(this.clock) : date;
		if (template == null) {
			if (!this.letters.mayWrite(LetterKind.FACILITATORS, chosen.id(), actor)) {
				throw new NotPermitted(actor, new Said("refusal.action.writeLettersOf",
						"write the letters of " + chosen.shortName(), chosen.shortName()));
			}
			model.addAttribute("process", chosen);
			model.addAttribute("date", day);
			model.addAttribute("templates", LetterTemplate.values());
			model.addAttribute("languages", Language.all());
			model.addAttribute("language", written);
			model.addAttribute("meetings",
					currentSessionFirst(this.programme.meetingsOf(chosen.id())
						.stream()
						.filter((m) -> !m.slot().heldOn().isBefore(day))
						.toList()));
			model.addAttribute("enclosures",
					this.letters.letters(chosen.id(), actor)
						.stream()
						.filter((l) -> l.kind() == LetterKind.FACILITATORS)
						.toList());
			return "correspondence/letter-start";
		}
		if (!this.letters.mayWrite(template.kind(), chosen.id(), actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.writeThisLetterOf",
					"write this letter of " + chosen.shortName(), chosen.shortName()));
		}
		var draft = this.templates.start(template, chosen.id(), day, meetings == null ? List.of() : meetings,
				enclosure == null ? null : new LetterId(enclosure), written);
		model.addAttribute("form", LetterForm.of(draft));
		return formPage(null, chosen, actor, model);
	}

	@PostMapping("/letters")
	String compose(@Valid @ModelAttribute("form") LetterForm form, BindingResult errors, Actor actor, Model model,
			RedirectAttributes redirect) {
		var process = form.process() == null ? null : this.processes.process(new ProcessId(form.process()));
		if (!errors.hasErrors()) {
			try {
				var letter = this.letters.compose(form.toDraft(), actor);
				redirect.addFlashAttribute("notice", "drafted");
				return "redirect:/letters/" + letter.id();
			}
			catch (InvalidInput refusal) {
				reject(errors, refusal);
			}
			catch (IllegalArgumentException refusal) {
				InvalidValue.reject(errors, refusal);
			}
		}
		return formPage(null, process, actor, model);
	}

	@GetMapping("/letters/{id}")
	String letter(@PathVariable LetterId id, @RequestParam(required = false) @Nullable String language, Actor actor,
			Model model) {
		var original = this.letters.letter(id, actor);
		var letter = original;
		if (language != null && !language.isBlank()) {
			var shown = DocumentWords.language(language, null);
			if (!original.hasVersionIn(shown)) {
				throw new LetterVersionNotFound(id, shown);
			}
			letter = original.in(shown);
		}
		model.addAttribute("letter", letter);
		model.addAttribute("missingLanguages",
				Language.all().stream().filter((l) -> !original.hasVersionIn(l)).toList());
		model.addAttribute("process",
				letter.process() == null ? null : this.processes.process(new ProcessId(letter.process())));
		model.addAttribute("enclosure", letter.enclosure() == null ? null : readable(letter.enclosure(), actor));
		model.addAttribute("corrects", letter.corrects() == null ? null : readable(letter.corrects(), actor));
		model.addAttribute("transmittedBy", this.letters.transmitting(letter.id(), actor));
		var referredTo = new java.util.HashMap<String, LetterView>();
		for (var reference : letter.references()) {
			this.letters.referredTo(letter, reference, actor).ifPresent((l) -> referredTo.put(reference.cited(), l));
		}
		model.addAttribute("referredTo", referredTo);
		var delivery = this.delivery.getIfAvailable();
		model.addAttribute("delivery", delivery == null || letter.status() != LetterStatus.CIRCULATED ? null
				: delivery.describe(letter.id()).orElse(null));
		model.addAttribute("mayWrite", this.letters.mayWrite(letter.kind(),
				letter.process() == null ? null : new ProcessId(letter.process()), actor));
		return "correspondence/letter";
	}

	/**
	 * A version of a draft in another language: the form filled in from the letter's
	 * template in that language, or from the version it has.
	 */
	@GetMapping("/letters/{id}/versions/new")
	String newVersion(@PathVariable LetterId id, @RequestParam(required = false) @Nullable String language, Actor actor,
			Model model) {
		var letter = writableDraft(id, actor);
		var written = language == null || language.isBlank()
				? Language.all().stream().filter((l) -> !letter.hasVersionIn(l)).findFirst().orElse(letter.language())
				: DocumentWords.language(language, null);
		var existing = letter.translations().stream().filter((t) -> t.language() == written).findFirst();
		model.addAttribute("form", existing.map((v) -> VersionForm.of(v, letter.signatories()))
			.orElseGet(() -> VersionForm.of(startIn(letter, written))));
		return versionPage(letter, written, model);
	}

	@PostMapping("/letters/{id}/versions")
	String addVersion(@PathVariable LetterId id, @Valid @ModelAttribute("form") VersionForm form, BindingResult errors,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				var version = form.toVersion();
				this.letters.addVersion(id, version, actor);
				redirect.addFlashAttribute("notice", "saved");
				return "redirect:/letters/" + id + "?language=" + version.language().tag();
			}
			catch (InvalidInput refusal) {
				refusal.said().reject(errors);
			}
			catch (IllegalArgumentException refusal) {
				InvalidValue.reject(errors, refusal);
			}
		}
		var letter = this.letters.letter(id, actor);
		return versionPage(letter, Language.ofTag(form.language()).orElse(Language.ENGLISH), model);
	}

	private LetterView writableDraft(LetterId id, Actor actor) {
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, new Said("refusal.action.changeLetters", "change letters"));
		}
		var letter = this.letters.letter(id, actor);
		if (!this.letters.mayWrite(letter.kind(), letter.process() == null ? null : new ProcessId(letter.process()),
				actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.changeThisLetter", "change this letter"));
		}
		if (letter.status() != LetterStatus.DRAFT) {
			throw new LetterClosed(id.value(), letter.status(), LetterClosed.Action.CHANGE);
		}
		return letter;
	}

	/** The letter as its template writes it in another language. */
	private LetterDraft startIn(LetterView letter, Language language) {
		if (letter.process() == null) {
			var words = DocumentWords.of(language);
			return new LetterDraft(letter.kind(), null, letter.writtenOn(), letter.place(),
					words.get("documents.letter.addressees"), words.get("documents.letter.salutation"),
					letter.paragraphs(), letter.signatories(), letter.references(), letter.enclosure(), List.of(),
					language);
		}
		return this.templates.start(LetterTemplates.of(letter.kind()), new ProcessId(letter.process()),
				letter.writtenOn() == null ? LocalDate.now(this.clock) : letter.writtenOn(),
				letter.programme().stream().map((m) -> m.id().value()).toList(), letter.enclosure(), language);
	}

	private String versionPage(LetterView letter, Language language, Model model) {
		model.addAttribute("letter", letter);
		model.addAttribute("language", language);
		return "correspondence/letter-version";
	}

	@GetMapping("/letters/{id}/edit")
	String edit(@PathVariable LetterId id, Actor actor, Model model) {
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, new Said("refusal.action.changeLetters", "change letters"));
		}
		var letter = this.letters.letter(id, actor);
		var process = letter.process() == null ? null : new ProcessId(letter.process());
		if (!this.letters.mayWrite(letter.kind(), process, actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.changeThisLetter", "change this letter"));
		}
		if (letter.status() != LetterStatus.DRAFT) {
			throw new LetterClosed(id.value(), letter.status(), LetterClosed.Action.CHANGE);
		}
		model.addAttribute("form", LetterForm.of(letter));
		return formPage(letter, process == null ? null : this.processes.process(process), actor, model);
	}

	@PostMapping("/letters/{id}")
	String revise(@PathVariable LetterId id, @Valid @ModelAttribute("form") LetterForm form, BindingResult errors,
			Actor actor, Model model, RedirectAttributes redirect) {
		var process = form.process() == null ? null : this.processes.process(new ProcessId(form.process()));
		if (!errors.hasErrors()) {
			try {
				this.letters.revise(id, form.toDraft(), form.seenVersion(), actor);
				redirect.addFlashAttribute("notice", "saved");
				return "redirect:/letters/" + id;
			}
			catch (InvalidInput refusal) {
				reject(errors, refusal);
			}
			catch (IllegalArgumentException refusal) {
				InvalidValue.reject(errors, refusal);
			}
			catch (OptimisticLockingFailureException stale) {
				errors.reject("stale", "Someone changed this letter since you opened it; reload it and try again.");
			}
		}
		return formPage(this.letters.letter(id, actor), process, actor, model);
	}

	@PostMapping("/letters/{id}/sign")
	String sign(@PathVariable LetterId id, Actor actor, RedirectAttributes redirect) {
		this.letters.sign(id, actor);
		redirect.addFlashAttribute("notice", "signed");
		return "redirect:/letters/" + id;
	}

	@PostMapping("/letters/{id}/circulate")
	@Confirms("circulate")
	String circulate(@PathVariable LetterId id, Actor actor, RedirectAttributes redirect) {
		this.letters.circulate(id, actor);
		redirect.addFlashAttribute("notice", "circulated");
		return "redirect:/letters/" + id;
	}

	@PostMapping("/letters/{id}/delete")
	@Confirms("deleteLetter")
	String discard(@PathVariable LetterId id, Actor actor, RedirectAttributes redirect) {
		var deleted = new java.util.concurrent.atomic.AtomicBoolean();
		var process = org.plenary.system.PageActions.act(redirect, () -> {
			var of = this.letters.discard(id, actor);
			deleted.set(true);
			return java.util.Optional.ofNullable(of);
		});
		if (!deleted.get() || process == null) {
			return "redirect:/letters/" + id;
		}
		redirect.addFlashAttribute("notice", "letterDeleted");
		return process.map((p) -> "redirect:/letters?process=" + this.processes.process(new ProcessId(p)).slug())
			.orElse("redirect:/letters");
	}

	@PostMapping("/letters/{id}/correction")
	String correct(@PathVariable LetterId id, Actor actor, RedirectAttributes redirect) {
		var correction = this.letters.correct(id, actor);
		redirect.addFlashAttribute("notice", "drafted");
		return "redirect:/letters/" + correction.id() + "/edit";
	}

	private String formPage(@Nullable LetterView letter, @Nullable ProcessView process, Actor actor, Model model) {
		model.addAttribute("letter", letter);
		model.addAttribute("process", process);
		model.addAttribute("kinds", LetterKind.values());
		model.addAttribute("meetings",
				process == null ? List.of() : currentSessionFirst(this.programme.meetingsOf(process.id())));
		model.addAttribute("enclosures",
				process == null ? List.of()
						: this.letters.letters(process.id(), actor)
							.stream()
							.filter((l) -> letter == null || !l.id().equals(letter.id()))
							.toList());
		return "correspondence/letter-form";
	}

	/**
	 * The meetings a letter may announce: the current session's first, in the order they
	 * are held; then the later ones; then the past, the latest first.
	 */
	private List<MeetingView> currentSessionFirst(List<MeetingView> meetings) {
		var session = this.sessions.current().orElse(null);
		var today = LocalDate.now(this.clock);
		java.util.function.ToIntFunction<MeetingView> rank = (m) -> {
			var day = m.slot().heldOn();
			if (session != null && !day.isBefore(session.opensOn())
					&& (session.closesOn() == null || !day.isAfter(session.closesOn()))) {
				return 0;
			}
			return day.isAfter(today) ? 1 : 2;
		};
		return meetings.stream()
			.sorted(java.util.Comparator.comparingInt(rank)
				.thenComparing((MeetingView m) -> rank.applyAsInt(m) == 2 ? -m.slot().heldOn().toEpochDay()
						: m.slot().heldOn().toEpochDay()))
			.toList();
	}

	private static void reject(BindingResult errors, InvalidInput refusal) {
		if (List.of("signatories", "references", "programme", "enclosure", "process", "paragraphs")
			.contains(refusal.field())) {
			errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
		}
		else {
			refusal.said().reject(errors);
		}
	}

	private @Nullable LetterView readable(LetterId id, Actor actor) {
		try {
			return this.letters.letter(id, actor);
		}
		catch (LetterNotFound ex) {
			return null;
		}
	}

}
