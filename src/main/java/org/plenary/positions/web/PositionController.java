package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.SpeakerKind;
import org.plenary.delegation.StateNames;
import org.plenary.identity.Actor;
import org.plenary.positions.Positions;
import org.plenary.positions.SourceKind;
import org.plenary.process.Processes;
import org.plenary.system.PageActions;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

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

	private final Delegations delegations;

	private final StateNames stateNames;

	PositionController(Positions positions, Processes processes, MessageSource messages, java.time.Clock clock,
			Delegations delegations, StateNames stateNames) {
		this.delegations = delegations;
		this.stateNames = stateNames;
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
		var language = org.plenary.system.Language.of(locale);
		var words = new ConvergenceChart.Words(this.messages.getMessage("positions.map", null, locale),
				(region) -> region.equals("NONE") ? ""
						: this.messages.getMessage("regionalGroup." + region, null, region, locale),
				(holder) -> (map.holders() == SpeakerKind.GROUP) ? this.stateNames.group(holder.key(), holder.name())
						: this.stateNames.in(language, holder.key(), holder.name()),
				(code, arguments) -> this.messages.getMessage(code, arguments, locale));
		model.addAttribute("chart", ConvergenceChart.svg(map, words, locale, language.rightToLeft()));
		model.addAttribute("positions", this.positions.positions(process.id(), actor));
		model.addAttribute("stances", this.positions.stances(process.id()));
		model.addAttribute("sourceKinds", SourceKind.values());
		var own = actor.delegation().orElse(null);
		model.addAttribute("speaksFor", own);
		model.addAttribute("holderChoices", own == null ? List.of() : holderChoices(DelegationCode.of(own)));
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("entered", entered(model, "/processes/" + slug + "/positions"));
		if (delegation != null && !delegation.isBlank()) {
			model.addAttribute("alignment", this.positions.alignment(process.id(), delegation, actor));
		}
		return "positions/positions";
	}

	/**
	 * Whom a delegate may state a position for: their delegation, and the groups it
	 * coordinates today.
	 */
	private List<Holder> holderChoices(DelegationCode own) {
		var choices = new ArrayList<Holder>();
		choices.add(new Holder(own.value(), this.delegations.delegation(own).name()));
		this.delegations.groupsOf(own)
			.stream()
			.filter((g) -> own.equals(g.coordinator()))
			.forEach((g) -> choices.add(new Holder(g.shortName(), g.name())));
		return choices;
	}

	/** A choice of holder: the code or short name sent, and the name shown. */
	record Holder(String key, String name) {
	}

	/**
	 * What a refused form carried (kept by {@link PageActions}), to put back in its
	 * fields without JavaScript; empty otherwise.
	 */
	private static Map<String, String> entered(Model model, String form) {
		if (!(model.getAttribute("typed") instanceof String typed) || !form.equals(model.getAttribute("typedFor"))) {
			return Map.of();
		}
		try {
			var read = JSON.readValue(typed, new TypeReference<Map<String, String>>() {
			});
			return read == null ? Map.of() : read;
		}
		catch (RuntimeException ex) {
			return Map.of();
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@PostMapping("/processes/{slug}/positions")
	String state(@PathVariable String slug, @ModelAttribute PositionRequest request, Actor actor,
			RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		PageActions.act(redirect, "positionSaved", () -> this.positions.state(request.toCommand(process.id()), actor));
		return "redirect:/processes/" + slug + "/positions";
	}

}
