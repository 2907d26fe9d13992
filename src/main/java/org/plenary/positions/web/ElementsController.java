package org.plenary.positions.web;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.positions.Elements;
import org.plenary.positions.ProposedChange;
import org.plenary.process.Processes;
import org.plenary.process.SessionView;
import org.plenary.system.PageActions;
import org.plenary.system.Confirms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Elements of Commonality of a process as pages: the latest revision (or one asked
 * for) laid out as a document, what changed between two revisions, the proposals the
 * reader may see, and the form with which a delegate proposes a change.
 */
@Controller
class ElementsController {

	private final Elements elements;

	private final Processes processes;

	private final org.plenary.positions.Positions positions;

	ElementsController(Elements elements, Processes processes, org.plenary.positions.Positions positions) {
		this.elements = elements;
		this.processes = processes;
		this.positions = positions;
	}

	/** Drafts the next revision (facilitators and secretariat). */
	@PostMapping("/processes/{slug}/elements")
	String draft(@PathVariable String slug, @ModelAttribute ElementRequest.Draft draft, Actor actor,
			RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		return act(slug, null, redirect,
				() -> this.elements
					.draft(process.id(), draft.title() == null ? "" : draft.title(), draft.sessionNumber(),
							draft.date(), actor)
					.number());
	}

	/** Adds an element to the draft. */
	@PostMapping("/processes/{slug}/elements/{revision}/elements")
	String add(@PathVariable String slug, @PathVariable int revision, @ModelAttribute ElementRequest.Element element,
			Actor actor, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		return act(slug, revision, redirect,
				() -> this.elements.add(process.id(), revision, element.toElement(), null, actor).number());
	}

	/** Changes an element of the draft. */
	@PostMapping("/processes/{slug}/elements/{revision}/elements/{lineage}")
	String change(@PathVariable String slug, @PathVariable int revision, @PathVariable java.util.UUID lineage,
			@ModelAttribute ElementRequest.Element element, Actor actor, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		return act(slug, revision, redirect,
				() -> this.elements.change(process.id(), revision, lineage, element.toElement(), null, actor).number());
	}

	/** Removes an element from the draft. */
	@PostMapping("/processes/{slug}/elements/{revision}/elements/{lineage}/remove")
	@Confirms("removeElement")
	String remove(@PathVariable String slug, @PathVariable int revision, @PathVariable java.util.UUID lineage,
			Actor actor, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		return act(slug, revision, redirect,
				() -> this.elements.remove(process.id(), revision, lineage, null, actor).number());
	}

	/** Issues the draft. */
	@PostMapping("/processes/{slug}/elements/{revision}/issue")
	@Confirms("issueElements")
	String issue(@PathVariable String slug, @PathVariable int revision, Actor actor, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		return act(slug, revision, redirect, () -> this.elements.issue(process.id(), revision, actor).number());
	}

	/** Answers a proposal. */
	@PostMapping("/processes/{slug}/proposals/{proposal}/decision")
	String decide(@PathVariable String slug, @PathVariable java.util.UUID proposal,
			@ModelAttribute ElementRequest.Decision decision, Actor actor, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		return act(slug, null, redirect, () -> {
			this.elements.decide(process.id(), proposal, decision.accepted() != null && decision.accepted(),
					decision.reason(), actor);
			return null;
		});
	}

	/**
	 * Does a facilitator's action and goes back to the document, at the revision it
	 * changed.
	 */
	private String act(String slug, @Nullable Integer revision, RedirectAttributes redirect,
			java.util.function.Supplier<@Nullable Integer> action) {
		var number = PageActions.act(redirect, action);
		var shown = number != null ? number : revision;
		return "redirect:/processes/" + slug + "/elements" + (shown == null ? "" : "?revision=" + shown);
	}

	@GetMapping("/processes/{slug}/elements")
	String latest(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer revision, Actor actor,
			Model model) {
		var process = this.processes.process(slug);
		var all = this.elements.revisions(process.id(), actor);
		model.addAttribute("process", process);
		model.addAttribute("revisions", all);
		if (!all.isEmpty()) {
			var shown = revision == null ? all.get(all.size() - 1)
					: this.elements.revision(process.id(), revision, actor);
			model.addAttribute("revision", shown);
			model.addAttribute("dated", ElementsDocuments.UN_DATE.format(shown.dated()));
			model.addAttribute("sessionOrdinal", SessionView.ordinalOf(shown.session()));
		}
		var proposals = this.elements.proposals(process.id(), actor);
		model.addAttribute("proposals", proposals);
		model.addAttribute("withdrawable",
				proposals.stream().filter((p) -> this.elements.mayWithdraw(p, actor)).map((p) -> p.id()).toList());
		model.addAttribute("changes", ProposedChange.values());
		model.addAttribute("speaksFor", actor.delegation().orElse(null));
		model.addAttribute("runs", actor.mayRun(process.id().value()));
		model.addAttribute("kinds", org.plenary.positions.ElementKind.values());
		if (actor.mayRun(process.id().value())) {
			model.addAttribute("positions", this.positions.positions(process.id(), actor));
		}
		return "positions/elements";
	}

	@GetMapping("/processes/{slug}/elements/compare")
	String compare(@PathVariable String slug, @RequestParam int from, @RequestParam int to, Actor actor, Model model) {
		var process = this.processes.process(slug);
		model.addAttribute("process", process);
		model.addAttribute("comparison", this.elements.compare(process.id(), from, to, actor));
		return "positions/elements-compare";
	}

	/** Withdraws one's own proposal, before the facilitators answer it. */
	@PostMapping("/processes/{slug}/proposals/{proposal}/withdraw")
	@org.plenary.system.Confirms("withdrawProposal")
	String withdraw(@PathVariable String slug, @PathVariable java.util.UUID proposal, Actor actor,
			RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		PageActions.act(redirect, () -> {
			this.elements.withdraw(process.id(), proposal, actor);
			return proposal;
		});
		return "redirect:/processes/" + slug + "/elements";
	}

	@PostMapping("/processes/{slug}/elements/proposals")
	String propose(@PathVariable String slug, @ModelAttribute ElementRequest.Proposal proposal, Actor actor,
			RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		PageActions.act(redirect, "proposalRecorded",
				() -> this.elements.propose(process.id(), proposal.element(), proposal.toChange(), actor));
		return "redirect:/processes/" + slug + "/elements";
	}

}
