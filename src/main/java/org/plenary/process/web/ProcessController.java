package org.plenary.process.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.DelegationKind;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.process.Appointment;
import org.plenary.process.FacilitatorRole;
import org.plenary.process.MandateEntry;
import org.plenary.process.MandateKind;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.process.Sessions;
import org.plenary.system.InvalidInput;
import org.plenary.system.InvalidValue;

import org.plenary.system.Confirms;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A process's page (mandate, facilitators by session, topics, rules) and the forms that
 * keep it. Pages address a process by its slug: {@code /processes/ign}.
 */
@Controller
class ProcessController {

	private final Processes processes;

	private final Sessions sessions;

	private final Delegations delegations;

	ProcessController(Processes processes, Sessions sessions, Delegations delegations) {
		this.processes = processes;
		this.sessions = sessions;
		this.delegations = delegations;
	}

	@GetMapping("/processes")
	String processes(Actor actor, Model model) {
		model.addAttribute("processes", this.processes.processes());
		model.addAttribute("mayAdd", actor.keepsTheRegister());
		return "process/processes";
	}

	@GetMapping("/processes/new")
	String newProcess(Model model) {
		model.addAttribute("form", new ProcessForm("", "", "", 3));
		return "process/process-new";
	}

	@PostMapping("/processes")
	String create(@Valid @ModelAttribute("form") ProcessForm form, BindingResult errors, Actor actor) {
		if (errors.hasErrors()) {
			if (!errors.hasFieldErrors("shortName")) {
				// A taken short name is said with the other errors, not after they are
				// mended.
				try {
					this.processes.refuseTakenShortName(form.shortName());
				}
				catch (InvalidInput refusal) {
					errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
				}
			}
			return "process/process-new";
		}
		try {
			var process = this.processes.create(new NewProcess(form.shortName(), form.name(), form.description(),
					form.interventionLimitMinutes() * 60), actor);
			return "redirect:/processes/" + process.slug();
		}
		catch (InvalidInput refusal) {
			errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
			return "process/process-new";
		}
	}

	@GetMapping("/processes/{slug}")
	String process(@PathVariable String slug, Actor actor, Model model) {
		var process = this.processes.process(slug);
		model.addAttribute("details", DetailsForm.of(process));
		model.addAttribute("topic", new TopicForm(""));
		model.addAttribute("mandateEntry", new MandateForm(MandateKind.DECISION, "", null, ""));
		model.addAttribute("appointment", new AppointmentForm(null, "", "", FacilitatorRole.CO_CHAIR, "", null));
		return page(process, actor, model);
	}

	@PostMapping("/processes/{slug}/details")
	String describe(@PathVariable String slug, @Valid @ModelAttribute("details") DetailsForm form, BindingResult errors,
			Actor actor, Model model, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		if (errors.hasErrors()) {
			return pageWithForms(process, actor, model);
		}
		this.processes.describe(process.id(), form.name(), form.description(), form.interventionLimitMinutes() * 60,
				form.noticeDays(), form.version(), actor);
		redirect.addFlashAttribute("notice", "saved");
		return "redirect:/processes/" + slug;
	}

	@PostMapping("/processes/{slug}/topics")
	String addTopic(@PathVariable String slug, @Valid @ModelAttribute("topic") TopicForm form, BindingResult errors,
			Actor actor, Model model, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		if (!errors.hasErrors()) {
			try {
				this.processes.addTopic(process.id(), form.title(), actor);
				redirect.addFlashAttribute("notice", "saved");
				return "redirect:/processes/" + slug + "#topics";
			}
			catch (IllegalArgumentException refusal) {
				InvalidValue.rejectAt(errors, "title", refusal);
			}
		}
		return pageWithForms(process, actor, model);
	}

	@PostMapping("/processes/{slug}/topics/{topic}/remove")
	@Confirms("removeTopic")
	String removeTopic(@PathVariable String slug, @PathVariable UUID topic, Actor actor, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		this.processes.removeTopic(process.id(), topic, actor);
		redirect.addFlashAttribute("notice", "saved");
		return "redirect:/processes/" + slug + "#topics";
	}

	@PostMapping("/processes/{slug}/mandate")
	String addToMandate(@PathVariable String slug, @Valid @ModelAttribute("mandateEntry") MandateForm form,
			BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		if (!errors.hasErrors()) {
			try {
				this.processes.addToMandate(process.id(), form.toEntry(), actor);
				redirect.addFlashAttribute("notice", "saved");
				return "redirect:/processes/" + slug + "#mandate";
			}
			catch (IllegalArgumentException refusal) {
				InvalidValue.rejectAt(errors, "symbol", refusal);
			}
		}
		return pageWithForms(process, actor, model);
	}

	@PostMapping("/processes/{slug}/facilitators")
	String appoint(@PathVariable String slug, @Valid @ModelAttribute("appointment") AppointmentForm form,
			BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		if (!errors.hasErrors()) {
			try {
				this.processes.appoint(process.id(), form.toAppointment(), actor);
				redirect.addFlashAttribute("notice", "saved");
				return "redirect:/processes/" + slug + "#facilitators";
			}
			catch (InvalidInput refusal) {
				errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
			}
			catch (IllegalArgumentException refusal) {
				InvalidValue.rejectAt(errors, "personName", refusal);
			}
		}
		return pageWithForms(process, actor, model);
	}

	@PostMapping("/processes/{slug}/facilitators/{facilitator}/end")
	@Confirms("endAppointment")
	String endAppointment(@PathVariable String slug, @PathVariable UUID facilitator, Actor actor,
			RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		this.processes.endAppointment(process.id(), facilitator, actor);
		redirect.addFlashAttribute("notice", "saved");
		return "redirect:/processes/" + slug + "#facilitators";
	}

	/**
	 * The page again after a form with errors: the other forms keep their empty state.
	 */
	private String pageWithForms(ProcessView process, Actor actor, Model model) {
		if (!model.containsAttribute("details")) {
			model.addAttribute("details", DetailsForm.of(process));
		}
		if (!model.containsAttribute("topic")) {
			model.addAttribute("topic", new TopicForm(""));
		}
		if (!model.containsAttribute("mandateEntry")) {
			model.addAttribute("mandateEntry", new MandateForm(MandateKind.DECISION, "", null, ""));
		}
		if (!model.containsAttribute("appointment")) {
			model.addAttribute("appointment", new AppointmentForm(null, "", "", FacilitatorRole.CO_CHAIR, "", null));
		}
		return page(process, actor, model);
	}

	private String page(ProcessView process, Actor actor, Model model) {
		model.addAttribute("process", process);
		model.addAttribute("mayRun", actor.mayRun(process.id().value()));
		model.addAttribute("mayAppoint", actor.keepsTheRegister());
		model.addAttribute("sessions", this.sessions.sessions());
		model.addAttribute("roles", Arrays.asList(FacilitatorRole.values()));
		model.addAttribute("mandateKinds", Arrays.asList(MandateKind.values()));
		model.addAttribute("memberStates",
				this.delegations.delegations(new DelegationFilter(DelegationKind.MEMBER_STATE, null, null, null)));
		return "process/process";
	}

	record ProcessForm(@NotBlank @Size(max = 40) String shortName, @NotBlank @Size(max = 300) String name,
			@Size(max = 2000) @Nullable String description,
			@NotNull @Min(1) @Max(60) Integer interventionLimitMinutes) {
	}

	record DetailsForm(@NotBlank @Size(max = 300) String name, @Size(max = 2000) @Nullable String description,
			@NotNull @Min(1) @Max(60) Integer interventionLimitMinutes, @NotNull @Min(0) @Max(90) Integer noticeDays,
			long version) {

		static DetailsForm of(ProcessView process) {
			return new DetailsForm(process.name(), process.description(),
					Math.max(1, process.interventionLimitSeconds() / 60), process.noticeDays(), process.version());
		}

	}

	record TopicForm(@NotBlank @Size(max = 300) String title) {
	}

	record MandateForm(@NotNull MandateKind kind, @Size(max = 40) @Nullable String symbol,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate adoptedOn,
			@NotBlank @Size(max = 400) String title) {

		MandateEntry toEntry() {
			return new MandateEntry(this.kind, this.symbol == null || this.symbol.isBlank() ? null : this.symbol.trim(),
					this.adoptedOn, this.title.trim());
		}

	}

	record AppointmentForm(@NotNull @Min(1) @Nullable Integer session, @NotBlank @Size(max = 120) String personName,
			@Size(max = 200) @Nullable String title, @NotNull FacilitatorRole role,
			@Size(max = 8) @Nullable String delegation,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate appointedOn) {

		Appointment toAppointment() {
			return new Appointment(java.util.Objects.requireNonNull(this.session), this.personName,
					this.title == null || this.title.isBlank() ? null : this.title.trim(), this.role,
					this.delegation == null || this.delegation.isBlank() ? null : this.delegation.trim(),
					this.appointedOn);
		}

	}

}
