package org.plenary.positions.web;

import java.util.List;
import java.util.Locale;

import org.plenary.positions.ModelChoice;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The models' pages: all of them with their figures, one with its revisions, and two to
 * five side by side with a chart of seats per region.
 */
@Controller
class ModelController {

	private final ReformModels models;

	private final ComparisonDocuments documents;

	ModelController(ReformModels models, ComparisonDocuments documents) {
		this.models = models;
		this.documents = documents;
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
			model.addAttribute("problem", refusal.reason());
			model.addAttribute("ids", String.join(",", ids));
			return "positions/compare";
		}
		model.addAttribute("comparison", comparison);
		model.addAttribute("lines", this.documents.lines(comparison, locale));
		model.addAttribute("chart", this.documents.chart(comparison, locale));
		model.addAttribute("ids",
				String.join(",", comparison.columns().stream().map((c) -> c.choice().toString()).toList()));
		model.addAttribute("colours", ModelChart.COLOURS);
		return "positions/compare";
	}

}
