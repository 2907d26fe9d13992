package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.SpeakerKind;
import org.plenary.identity.Actor;
import org.plenary.positions.Positions;
import org.plenary.positions.SourceKind;
import org.plenary.process.Processes;
import org.plenary.system.PageActions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A process's positions: the convergence map (by delegation or by group, at a session,
 * against an earlier one), a delegation's alignment with its groups, every position the
 * reader may see, and the form with which a delegate states one.
 */
@Controller
class PositionController {

	private final Positions positions;

	private final Processes processes;

	private final MessageSource messages;

	private final java.time.Clock clock;

	PositionController(Positions positions, Processes processes, MessageSource messages, java.time.Clock clock) {
		this.positions = positions;
		this.processes = processes;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/processes/{slug}/positions")
	String positions(@PathVariable String slug, @RequestParam(defaultValue = "DELEGATION") SpeakerKind holders,
			@RequestParam(required = false) @Nullable Integer session,
			@RequestParam(required = false) @Nullable Integer compareWith,
			@RequestParam(required = false) @Nullable String delegation, Actor actor, Model model, Locale locale) {
		var process = this.processes.process(slug);
		var map = this.positions.convergence(process.id(), holders, session, compareWith, actor);
		model.addAttribute("process", process);
		model.addAttribute("map", map);
		model.addAttribute("chart", ConvergenceChart.svg(map, (region) -> region.equals("NONE") ? ""
				: this.messages.getMessage("regionalGroup." + region, null, region, locale)));
		model.addAttribute("positions", this.positions.positions(process.id(), actor));
		model.addAttribute("stances", this.positions.stances(process.id()));
		model.addAttribute("sourceKinds", SourceKind.values());
		model.addAttribute("speaksFor", actor.delegation().orElse(null));
		model.addAttribute("today", LocalDate.now(this.clock));
		if (delegation != null && !delegation.isBlank()) {
			model.addAttribute("alignment", this.positions.alignment(process.id(), delegation, actor));
		}
		return "positions/positions";
	}

	@PostMapping("/processes/{slug}/positions")
	String state(@PathVariable String slug, @ModelAttribute PositionRequest request, Actor actor,
			RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		PageActions.act(redirect, () -> this.positions.state(request.toCommand(process.id()), actor));
		return "redirect:/processes/" + slug + "/positions";
	}

}
