package org.plenary.positions.web;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.positions.Elements;
import org.plenary.positions.ProposedChange;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.plenary.system.Refusal;
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

	ElementsController(Elements elements, Processes processes) {
		this.elements = elements;
		this.processes = processes;
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
			model.addAttribute("sessionOrdinal", ElementsDocuments.ordinal(shown.session()));
		}
		model.addAttribute("proposals", this.elements.proposals(process.id(), actor));
		model.addAttribute("changes", ProposedChange.values());
		model.addAttribute("speaksFor", actor.delegation().orElse(null));
		return "positions/elements";
	}

	@GetMapping("/processes/{slug}/elements/compare")
	String compare(@PathVariable String slug, @RequestParam int from, @RequestParam int to, Actor actor, Model model) {
		var process = this.processes.process(slug);
		model.addAttribute("process", process);
		model.addAttribute("comparison", this.elements.compare(process.id(), from, to, actor));
		return "positions/elements-compare";
	}

	@PostMapping("/processes/{slug}/elements/proposals")
	String propose(@PathVariable String slug, @ModelAttribute ElementRequest.Proposal proposal, Actor actor,
			RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		try {
			this.elements.propose(process.id(), proposal.element(), proposal.toChange(), actor);
			redirect.addFlashAttribute("notice", "proposed");
		}
		catch (InvalidInput refusal) {
			redirect.addFlashAttribute("problem", refusal.reason());
		}
		catch (Refusal refusal) {
			if (refusal.getStatusCode().value() == 403 || refusal.getStatusCode().value() == 401) {
				throw refusal;
			}
			redirect.addFlashAttribute("problem", refusal.detail());
		}
		return "redirect:/processes/" + slug + "/elements";
	}

}
