package org.plenary.positions.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.positions.ModelChoice;
import org.plenary.positions.ModelNameTaken;
import org.plenary.positions.NewModel;
import org.plenary.positions.ReformModelView;
import org.plenary.positions.ModelComparison;
import org.plenary.positions.ReformModelId;
import org.plenary.positions.ReformModels;
import org.plenary.positions.SeatCategory;
import org.plenary.positions.SeatRegion;
import org.plenary.system.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The models' pages: all of them with their figures, one with its revisions, and two to
 * five side by side with a chart of seats per region.
 */
@Controller
class ModelController {

	private final ReformModels models;

	private final ComparisonDocuments documents;

	private final org.plenary.process.Processes processes;

	ModelController(ReformModels models, ComparisonDocuments documents, org.plenary.process.Processes processes) {
		this.models = models;
		this.documents = documents;
		this.processes = processes;
	}

	@GetMapping("/models")
	String models(Model model) {
		model.addAttribute("models", this.models.models(null));
		model.addAttribute("today", this.models.today());
		model.addAttribute("regions", SeatRegion.values());
		return "positions/models";
	}

	@GetMapping("/models/{id}")
	String model(@PathVariable ReformModelId id, Model model, Locale locale) {
		var found = this.models.model(id);
		model.addAttribute("reformModel", found);
		model.addAttribute("today", this.models.today());
		model.addAttribute("categories", SeatCategory.values());
		model.addAttribute("regions", found.latest().figures().seatsByRegion().keySet());
		model.addAttribute("chart",
				ModelChart.svg(found.name(),
						List.of(new ModelChart.Series("Today's Council", this.models.today()),
								new ModelChart.Series(found.name(), found.latest())),
						(r) -> this.documents.region(r, locale)));
		return "positions/model";
	}

	/** The form for a new model, its grid filled with today's Council. */
	@GetMapping("/models/new")
	String newModel(Actor actor, Model model) {
		return form(model, null, this.models.today(), actor);
	}

	/** The form for a model's next revision, filled with its latest. */
	@GetMapping("/models/{id}/revise")
	String revise(@PathVariable ReformModelId id, Actor actor, Model model) {
		var found = this.models.model(id);
		return form(model, found, found.latest(), actor);
	}

	@PostMapping("/models")
	String submit(@RequestParam java.util.Map<String, String> form, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			var process = ModelForm.text(form, "process");
			if (process == null) {
				throw new InvalidInput("process", "Choose the process.", "refusal.positions.chooseProcess");
			}
			var saved = this.models.submit(new NewModel(org.plenary.process.ProcessId.of(process),
					form.getOrDefault("name", ""), form.getOrDefault("submittedBy", ""), ModelForm.revision(form)),
					actor);
			redirect.addFlashAttribute("notice", "saved");
			return "redirect:/models/" + saved.id();
		}
		catch (InvalidInput | ModelNameTaken refusal) {
			model.addAttribute("problem", refusal.said().onThisPage());
			model.addAttribute("values", form);
			return form(model, null, this.models.today(), actor);
		}
	}

	@PostMapping("/models/{id}/revisions")
	String addRevision(@PathVariable ReformModelId id, @RequestParam java.util.Map<String, String> form, Actor actor,
			Model model, RedirectAttributes redirect) {
		var found = this.models.model(id);
		try {
			var version = ModelForm.text(form, "version");
			this.models.revise(id, ModelForm.revision(form), version == null ? null : Long.valueOf(version), actor);
			redirect.addFlashAttribute("notice", "saved");
			return "redirect:/models/" + id;
		}
		catch (InvalidInput refusal) {
			model.addAttribute("problem", refusal.said().onThisPage());
			model.addAttribute("values", form);
			return form(model, found, found.latest(), actor);
		}
	}

	private String form(Model model, @Nullable ReformModelView revised, org.plenary.positions.ModelRevisionView start,
			Actor actor) {
		model.addAttribute("revised", revised);
		model.addAttribute("start", start);
		model.addAttribute("processes", this.processes.processes());
		model.addAttribute("categories", SeatCategory.values());
		model.addAttribute("allRegions", SeatRegion.values());
		model.addAttribute("newMembersVetoes", org.plenary.positions.NewMembersVeto.values());
		model.addAttribute("existingVetoes", org.plenary.positions.ExistingVeto.values());
		model.addAttribute("reElections", org.plenary.positions.ReElection.values());
		model.addAttribute("speaksFor", actor.delegation().orElse(""));
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", java.util.Map.of());
		}
		return "positions/model-form";
	}

	@GetMapping("/models/compare")
	String compare(@RequestParam(required = false) List<String> ids, Model model, Locale locale) {
		model.addAttribute("models", this.models.models(null));
		if (ids == null || ids.isEmpty()) {
			return "positions/compare";
		}
		ModelComparison comparison;
		try {
			comparison = this.models.compare(ids.stream().map(ModelChoice::parse).toList());
		}
		catch (InvalidInput refusal) {
			// Too few or too many chosen: say so above the choice, and keep it.
			model.addAttribute("problem", refusal.said().onThisPage());
			model.addAttribute("ids", String.join(",", ids));
			return "positions/compare";
		}
		model.addAttribute("comparison", comparison);
		model.addAttribute("lines", this.documents.lines(comparison, locale));
		model.addAttribute("chart", this.documents.chart(comparison, locale));
		model.addAttribute("ids",
				String.join(",", comparison.columns().stream().map((c) -> c.choice().toString()).toList()));
		return "positions/compare";
	}

}
