package org.plenary.schedule.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.schedule.VenueId;
import org.plenary.schedule.Venues;
import org.plenary.system.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The register of rooms at Headquarters, kept by the secretariat.
 */
@Controller
class VenueController {

	private final Venues venues;

	VenueController(Venues venues) {
		this.venues = venues;
	}

	@GetMapping("/venues")
	String venues(Actor actor, Model model) {
		model.addAttribute("form", new VenueForm("", "", 100, true, "", 0L));
		return page(actor, model);
	}

	@PostMapping("/venues")
	String add(@Valid @ModelAttribute("form") VenueForm form, BindingResult errors, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.venues.add(form.name(), form.shortName(), form.capacity(), form.hasInterpretation(),
						form.aliases(), actor);
				redirect.addFlashAttribute("notice", "saved");
				return "redirect:/venues";
			}
			catch (InvalidInput refusal) {
				errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
			}
		}
		return page(actor, model);
	}

	@PostMapping("/venues/{id}")
	String describe(@PathVariable VenueId id, @Valid @ModelAttribute("form") VenueForm form, BindingResult errors,
			Actor actor, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			throw new InvalidInput(errors.getFieldErrors().get(0).getField(),
					String.valueOf(errors.getFieldErrors().get(0).getDefaultMessage()));
		}
		this.venues.describe(id, form.name(), form.shortName(), form.capacity(), form.hasInterpretation(),
				form.aliases(), form.version() == null ? 0 : form.version(), actor);
		redirect.addFlashAttribute("notice", "saved");
		return "redirect:/venues";
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("venues", this.venues.venues());
		model.addAttribute("mayKeep", Venues.keepsRooms(actor));
		return "schedule/venues";
	}

	record VenueForm(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 40) String shortName,
			@NotNull @Min(1) @Max(5000) Integer capacity, @Nullable Boolean interpretation,
			@Size(max = 500) @Nullable String aliases, @Nullable Long version) {

		/** An unticked box sends nothing: no value means no interpretation. */
		boolean hasInterpretation() {
			return Boolean.TRUE.equals(this.interpretation);
		}

	}

}
