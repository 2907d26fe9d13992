package org.plenary.text.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.plenary.system.PageActions;
import org.plenary.system.Said;
import org.plenary.text.AmendmentId;
import org.plenary.text.AmendmentView;
import org.plenary.text.AmendmentKind;
import org.plenary.text.AmendmentStatus;
import org.plenary.text.LanguageVersions;
import org.plenary.text.NegotiatedTexts;
import org.plenary.text.ParagraphKind;
import org.plenary.text.RevisionId;
import org.plenary.text.Stance;
import org.plenary.text.TextId;
import org.plenary.system.Confirms;

import org.springframework.stereotype.Controller;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The negotiated texts as pages: a process's texts, a revision with its numbered
 * paragraphs, the compilation text, two revisions compared, a paragraph's history — and
 * the forms of the facilitators (create, import, issue, prepare the next revision, place
 * an amendment) and of the delegations (table an amendment, take a stance on one).
 */
@Controller
class TextController {

	private final NegotiatedTexts texts;

	private final Processes processes;

	private final java.time.Clock clock;

	private final LanguageVersions versions;

	private final org.springframework.context.MessageSource messages;

	TextController(NegotiatedTexts texts, Processes processes, java.time.Clock clock, LanguageVersions versions,
			org.springframework.context.MessageSource messages) {
		this.versions = versions;
		this.messages = messages;
		this.texts = texts;
		this.processes = processes;
		this.clock = clock;
	}

	@GetMapping("/processes/{slug}/texts")
	String texts(@PathVariable String slug, Actor actor, Model model) {
		var process = this.processes.process(slug);
		model.addAttribute("process", process);
		model.addAttribute("texts", this.texts.texts(process.id(), actor));
		model.addAttribute("runs", actor.mayRun(process.id().value()));
		return "text/texts";
	}

	@GetMapping("/revisions/{id}")
	String revision(@PathVariable RevisionId id, Actor actor, Model model) {
		var revision = this.texts.revision(id, actor);
		var text = this.texts.text(revision.text(), actor);
		model.addAttribute("revision", revision);
		model.addAttribute("text", text);
		model.addAttribute("runs", actor.mayRun(text.process().value()));
		model.addAttribute("speaksFor", actor.delegation().orElse(null));
		model.addAttribute("kinds", AmendmentKind.values());
		model.addAttribute("paragraphKinds", ParagraphKind.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		var previous = text.revisions()
			.stream()
			.filter((r) -> r.number() < revision.number())
			.reduce((a, b) -> b)
			.orElse(null);
		model.addAttribute("previous", previous);
		model.addAttribute("supersededBy", revision.issued() ? this.texts.supersededBy(id, actor) : null);
		model.addAttribute("languages", this.versions.languages(id, actor));
		return "text/revision";
	}

	@GetMapping("/revisions/{id}/compilation")
	String compilation(@PathVariable RevisionId id, @RequestParam(required = false) @Nullable String part,
			@RequestParam(required = false) @Nullable String delegation,
			@RequestParam(required = false) @Nullable AmendmentStatus status,
			@RequestParam(name = "lang", required = false) @Nullable String lang, Actor actor, Model model) {
		var language = LanguageVersions.language(lang, "lang");
		var compilation = this.versions.compilation(id, language, part, delegation, status, actor);
		var languages = this.versions.languages(id, actor);
		model.addAttribute("languages", languages);
		model.addAttribute("language", language == null ? languages.original() : language);
		var text = this.texts.text(compilation.revision().text(), actor);
		model.addAttribute("compilation", compilation);
		model.addAttribute("revision", compilation.revision());
		model.addAttribute("runs", actor.mayRun(text.process().value()));
		model.addAttribute("speaksFor", actor.delegation().orElse(null));
		model.addAttribute("statuses", AmendmentStatus.values());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("part", part);
		model.addAttribute("delegation", delegation);
		model.addAttribute("status", status);
		// The amendments table names each amendment's paragraph, and shows a paragraph to
		// delete.
		var numbers = new java.util.HashMap<UUID, String>();
		var paragraphs = new java.util.HashMap<UUID, String>();
		compilation.revision().paragraphs().forEach((p) -> {
			numbers.put(p.lineage(), p.number().isEmpty() ? "¶" : p.number());
			paragraphs.put(p.lineage(), p.text());
		});
		model.addAttribute("numbers", numbers);
		model.addAttribute("paragraphTexts", paragraphs);
		model.addAttribute("supersededBy", this.texts.supersededBy(id, actor));
		// The delegation's own stance on each amendment, which its buttons show.
		var mine = new java.util.HashMap<AmendmentId, Stance>();
		actor.delegation()
			.ifPresent((code) -> compilation.amendments()
				.forEach((a) -> a.backers()
					.stream()
					.filter((b) -> b.holder().equalsIgnoreCase(code))
					.findFirst()
					.ifPresent((b) -> mine.put(a.id(), b.stance()))));
		model.addAttribute("mine", mine);
		return "text/compilation";
	}

	@GetMapping("/revisions/{from}/compare/{to}")
	String compare(@PathVariable RevisionId from, @PathVariable RevisionId to,
			@RequestParam(name = "lang", required = false) @Nullable String lang, Actor actor, Model model) {
		var language = LanguageVersions.language(lang, "lang");
		model.addAttribute("comparison", this.versions.compare(from, to, language, actor));
		model.addAttribute("language", language);
		var later = this.texts.revision(to, actor);
		var text = this.texts.text(later.text(), actor);
		// The facilitators correct the matching of consecutive revisions, paragraph by
		// paragraph, in the revisions' own language: each paragraph of the later one may
		// continue any of the earlier one.
		var consecutive = text.revisions()
			.stream()
			.filter((r) -> r.number() < later.number())
			.reduce((a, b) -> b)
			.map((r) -> r.id().equals(from))
			.orElse(false);
		model.addAttribute("corrects", consecutive && language == null && actor.mayRun(text.process().value()));
		model.addAttribute("earlier", this.texts.revision(from, actor).paragraphs());
		model.addAttribute("corrected", this.texts.correctedMatches(to, actor));
		return "text/compare";
	}

	@PostMapping("/revisions/{id}/paragraphs/{lineage}/match")
	String correctMatch(@PathVariable RevisionId id, @PathVariable UUID lineage,
			@RequestParam(required = false) @Nullable String predecessor, Actor actor, RedirectAttributes redirect) {
		PageActions.act(redirect, () -> {
			UUID continues = null;
			if (predecessor != null && !predecessor.isBlank()) {
				try {
					continues = UUID.fromString(predecessor.strip());
				}
				catch (IllegalArgumentException ex) {
					throw new InvalidInput("predecessor", "Choose a paragraph of the revision before, or new.",
							"refusal.text.choosePredecessor");
				}
			}
			return this.texts.correctMatch(id, lineage, continues, actor);
		});
		var revision = this.texts.revision(id, actor);
		var previous = this.texts.text(revision.text(), actor)
			.revisions()
			.stream()
			.filter((r) -> r.number() < revision.number())
			.reduce((a, b) -> b);
		return previous.map((p) -> "redirect:/revisions/" + p.id() + "/compare/" + id)
			.orElse("redirect:/revisions/" + id);
	}

	@PostMapping("/revisions/{id}/paragraphs/{lineage}/text")
	String reword(@PathVariable RevisionId id, @PathVariable UUID lineage,
			@RequestParam(required = false) @Nullable String text, Actor actor, RedirectAttributes redirect) {
		PageActions.act(redirect, () -> this.texts.reword(id, lineage, text == null ? "" : text, actor));
		return "redirect:/revisions/" + id + "#p-" + lineage;
	}

	@GetMapping("/texts/{text}/paragraphs/{lineage}")
	String history(@PathVariable TextId text, @PathVariable UUID lineage, Actor actor, Model model) {
		model.addAttribute("text", this.texts.text(text, actor));
		model.addAttribute("history", this.texts.history(text, lineage, actor));
		return "text/history";
	}

	@PostMapping("/processes/{slug}/texts")
	String create(@PathVariable String slug, @ModelAttribute TextRequests.NewText request, Actor actor,
			RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		PageActions.act(redirect, () -> this.texts.create(process.id(), request.title() == null ? "" : request.title(),
				request.symbol(), actor));
		return "redirect:/processes/" + slug + "/texts";
	}

	@PostMapping("/texts/{id}/revisions")
	String importText(@PathVariable("id") TextId text, @ModelAttribute TextRequests.Import request, Actor actor,
			RedirectAttributes redirect) {
		var slug = slugOf(text, actor);
		var revision = PageActions.act(redirect, () -> {
			if (request.text() == null || request.text().isBlank()) {
				throw new InvalidInput("text", "Give the revision's text.", "refusal.text.giveRevisionText");
			}
			return this.texts
				.importRevision(text, request.label(), request.text(),
						request.finalText() != null && request.finalText(), actor)
				.id();
		});
		return revision == null ? "redirect:/processes/" + slug + "/texts" : "redirect:/revisions/" + revision;
	}

	@PostMapping("/texts/{id}/revisions/next")
	String prepareNext(@PathVariable("id") TextId text, @ModelAttribute TextRequests.Next request, Actor actor,
			RedirectAttributes redirect) {
		var slug = slugOf(text, actor);
		var revision = PageActions.act(redirect, () -> this.texts.prepareNext(text, request.label(), actor).id());
		return revision == null ? "redirect:/processes/" + slug + "/texts" : "redirect:/revisions/" + revision;
	}

	@PostMapping("/revisions/{id}/issue")
	@Confirms("issueRevision")
	String issue(@PathVariable RevisionId id, Actor actor, RedirectAttributes redirect) {
		PageActions.act(redirect, () -> this.texts.issue(id, LocalDate.now(this.clock), actor));
		return "redirect:/revisions/" + id;
	}

	@PostMapping("/revisions/{id}/discard")
	@Confirms("discardRevision")
	String discard(@PathVariable RevisionId id, Actor actor, RedirectAttributes redirect) {
		var text = this.texts.revision(id, actor).text();
		var slug = this.processes.process(this.texts.text(text, actor).process()).slug();
		var discarded = PageActions.act(redirect, () -> this.texts.discard(id, actor));
		return discarded == null ? "redirect:/revisions/" + id : "redirect:/processes/" + slug + "/texts";
	}

	@PostMapping("/revisions/{id}/amendments")
	String table(@PathVariable RevisionId id, @ModelAttribute TextRequests.Amendment request, Actor actor,
			RedirectAttributes redirect, Model model, jakarta.servlet.http.HttpServletResponse response) {
		AmendmentView tabled;
		try {
			tabled = PageActions.act(redirect, "amendmentTabled", () -> {
				try {
					return this.texts.table(id, request.toCommand(), actor);
				}
				catch (InvalidInput refusal) {
					throw new InvalidInput(refusal.field(), Said.asIs(where(id, request.paragraph(), refusal, actor)));
				}
			});
		}
		catch (NotPermitted | NotYourDelegation refusal) {
			if (request.holder() == null || request.holder().isBlank()) {
				throw refusal;
			}
			// A delegation the person may not speak for: still a 403, but on the form,
			// with what was typed and the field it is about.
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("amendment", typed(request));
			model.addAttribute("problem", refusal.said().onThisPage());
			model.addAttribute("problemField", "holder");
			return revision(id, actor, model);
		}
		if (tabled != null) {
			return "redirect:/revisions/" + id + "/compilation";
		}
		// A refused amendment goes back to its form, with what was typed (without
		// JavaScript too) and the field the refusal is about.
		redirect.addFlashAttribute("amendment", typed(request));
		return "redirect:/revisions/" + id;
	}

	/** What an amendment's form carried, for the form to show again. */
	private static java.util.Map<String, String> typed(TextRequests.Amendment request) {
		var typed = new java.util.HashMap<String, String>();
		typed.put("paragraph", request.paragraph() == null ? "" : request.paragraph().toString());
		typed.put("kind", request.kind() == null ? "" : request.kind().name());
		typed.put("oldWords", request.oldWords() == null ? "" : request.oldWords());
		typed.put("anchorWords", request.anchorWords() == null ? "" : request.anchorWords());
		typed.put("newWords", request.newWords() == null ? "" : request.newWords());
		typed.put("newKind", request.newKind() == null ? "" : request.newKind().name());
		typed.put("explanation", request.explanation() == null ? "" : request.explanation());
		typed.put("holder", request.holder() == null ? "" : request.holder());
		return typed;
	}

	/**
	 * A refusal of an amendment said with the paragraph and the field it is about:
	 * "Paragraph 2., Words to delete or replace, as they stand: "…" is not in the
	 * paragraph."
	 */
	private String where(RevisionId id, @Nullable UUID paragraph, InvalidInput refusal, Actor actor) {
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		var field = this.messages.getMessage("texts." + refusal.field(), null, refusal.field(), locale);
		if ("holder".equals(refusal.field())) {
			field = this.messages.getMessage("positions.holder.field", null, refusal.field(), locale);
		}
		var number = paragraph == null ? null
				: this.texts.revision(id, actor)
					.paragraphs()
					.stream()
					.filter((p) -> p.lineage().equals(paragraph))
					.map((p) -> p.number().isEmpty() ? "¶" : p.number())
					.findFirst()
					.orElse(null);
		var prefix = number == null ? "" : this.messages.getMessage("texts.problem.paragraph", new Object[] { number },
				"Paragraph " + number, locale) + ", ";
		return prefix + field + ": " + refusal.said().in(this.messages, locale);
	}

	@PostMapping("/amendments/{id}/stances")
	String back(@PathVariable AmendmentId id, @ModelAttribute TextRequests.Backing request, Actor actor,
			RedirectAttributes redirect) {
		PageActions.act(redirect, () -> this.texts.back(id, request.holder() == null ? "" : request.holder(),
				request.stanceTaken(), actor));
		return "redirect:/revisions/" + this.texts.amendment(id).revision() + "/compilation";
	}

	@PostMapping("/amendments/{id}/status")
	@Confirms("placeAmendment")
	String place(@PathVariable AmendmentId id, @ModelAttribute TextRequests.Placing request, Actor actor,
			RedirectAttributes redirect) {
		PageActions.act(redirect, () -> this.texts.place(id, request.statusGiven(), request.reason(), actor));
		return "redirect:/revisions/" + this.texts.amendment(id).revision() + "/compilation";
	}

	/**
	 * Withdraws an amendment, for whoever speaks for its proposer: its own route, so that
	 * the question asked first is whether to withdraw, not whether to place it.
	 */
	@PostMapping("/amendments/{id}/withdraw")
	@Confirms("withdrawAmendment")
	String withdraw(@PathVariable AmendmentId id, Actor actor, RedirectAttributes redirect) {
		PageActions.act(redirect, () -> this.texts.place(id, AmendmentStatus.WITHDRAWN, null, actor));
		return "redirect:/revisions/" + this.texts.amendment(id).revision() + "/compilation";
	}

	private String slugOf(TextId text, Actor actor) {
		return this.processes.process(this.texts.text(text, actor).process()).slug();
	}

}
