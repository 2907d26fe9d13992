package org.plenary.schedule.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Programme;
import org.plenary.schedule.Slot;
import org.plenary.schedule.VenueTaken;
import org.plenary.schedule.Venues;
import org.plenary.schedule.Warning;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Scheduling meetings on a process's programme, and each meeting's page with the actions
 * on it: change, postpone, confirm, record as held, cancel. Every save shows the conflict
 * check's warnings; a room taken at that time brings the form back, where the secretariat
 * may override with a reason.
 */
@Controller
class MeetingController {

	private final Programme programme;

	private final Processes processes;

	private final Venues venues;

	MeetingController(Programme programme, Processes processes, Venues venues) {
		this.programme = programme;
		this.processes = processes;
		this.venues = venues;
	}

	@GetMapping("/processes/{slug}/meetings/new")
	String newMeetings(@PathVariable String slug, Actor actor, Model model) {
		var process = this.processes.process(slug);
		model.addAttribute("form", MeetingForm.empty());
		return planPage(process, actor, model, List.of());
	}

	@PostMapping("/processes/{slug}/meetings")
	String plan(@PathVariable String slug, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Actor actor, Model model, RedirectAttributes redirect) {
		var process = this.processes.process(slug);
		if (errors.hasErrors()) {
			return planPage(process, actor, model, List.of());
		}
		try {
			var saved = this.programme.plan(form.toPlan(process.id()), actor);
			redirect.addFlashAttribute("notice", "scheduled");
			redirect.addFlashAttribute("warnings", lines(saved.warnings()));
			return saved.meetings().size() == 1 ? "redirect:/meetings/" + saved.meeting().id()
					: "redirect:/processes/" + slug + "/programme";
		}
		catch (VenueTaken taken) {
			return planPage(process, actor, model, taken.warnings());
		}
		catch (InvalidInput refusal) {
			errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
		}
		catch (IllegalArgumentException refusal) {
			InvalidValue.reject(errors, refusal);
		}
		return planPage(process, actor, model, List.of());
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable MeetingId id, Actor actor, Model model) {
		var meeting = this.programme.meeting(id);
		model.addAttribute("form", MeetingForm.of(meeting));
		return meetingPage(meeting, actor, model, List.of());
	}

	@PostMapping("/meetings/{id}")
	String change(@PathVariable MeetingId id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Actor actor, Model model, RedirectAttributes redirect) {
		var meeting = this.programme.meeting(id);
		if (errors.hasErrors()) {
			return meetingPage(meeting, actor, model, List.of());
		}
		try {
			var saved = this.programme.change(id, form.toDetails(), form.seenVersion(), form.overrideReason(), actor);
			redirect.addFlashAttribute("notice", "saved");
			redirect.addFlashAttribute("warnings", lines(saved.warnings()));
			return "redirect:/meetings/" + id;
		}
		catch (VenueTaken taken) {
			return meetingPage(meeting, actor, model, taken.warnings());
		}
		catch (InvalidInput refusal) {
			errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
		}
		catch (IllegalArgumentException refusal) {
			InvalidValue.reject(errors, refusal);
		}
		return meetingPage(meeting, actor, model, List.of());
	}

	@PostMapping("/meetings/{id}/postpone")
	String postpone(@PathVariable MeetingId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endsAt,
			@RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @Nullable String overrideReason, Actor actor, Model model,
			RedirectAttributes redirect) {
		var meeting = this.programme.meeting(id);
		try {
			var slot = date == null ? null : new Slot(date, startsAt, endsAt);
			var saved = this.programme.postpone(id, slot, reason, overrideReason, actor);
			redirect.addFlashAttribute("notice", "postponed");
			redirect.addFlashAttribute("warnings", lines(saved.warnings()));
			return "redirect:/meetings/" + id;
		}
		catch (VenueTaken taken) {
			model.addAttribute("form", MeetingForm.of(meeting));
			return meetingPage(meeting, actor, model, taken.warnings());
		}
		catch (InvalidInput | IllegalArgumentException refusal) {
			model.addAttribute("form", MeetingForm.of(meeting));
			model.addAttribute("actionProblem", (refusal instanceof InvalidInput invalid) ? invalid.said().onThisPage()
					: InvalidValue.said((IllegalArgumentException) refusal).onThisPage());
			return meetingPage(meeting, actor, model, List.of());
		}
	}

	@PostMapping("/meetings/{id}/cancel")
	@Confirms("cancelMeeting")
	String cancel(@PathVariable MeetingId id, @RequestParam(defaultValue = "") String reason, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			this.programme.cancel(id, reason, actor);
		}
		catch (InvalidInput refusal) {
			var meeting = this.programme.meeting(id);
			model.addAttribute("form", MeetingForm.of(meeting));
			model.addAttribute("actionProblem", refusal.said().onThisPage());
			return meetingPage(meeting, actor, model, List.of());
		}
		redirect.addFlashAttribute("notice", "cancelled");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/confirm")
	String confirm(@PathVariable MeetingId id, Actor actor, RedirectAttributes redirect) {
		this.programme.confirm(id, actor);
		redirect.addFlashAttribute("notice", "confirmed");
		return "redirect:/meetings/" + id;
	}

	@PostMapping("/meetings/{id}/held")
	String held(@PathVariable MeetingId id, Actor actor, RedirectAttributes redirect) {
		this.programme.markHeld(id, actor);
		redirect.addFlashAttribute("notice", "held");
		return "redirect:/meetings/" + id;
	}

	private String planPage(ProcessView process, Actor actor, Model model, List<Warning> conflicts) {
		model.addAttribute("process", process);
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("mayOverride", actor.servesSecretariatOf(process.id().value()) || actor.isAdministrator());
		return withChoices(model, "schedule/meeting-new");
	}

	private String meetingPage(MeetingView meeting, Actor actor, Model model, List<Warning> conflicts) {
		var process = this.processes.process(meeting.process());
		model.addAttribute("meeting", meeting);
		model.addAttribute("process", process);
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("mayChange", actor.mayRun(process.id().value()) && !meeting.status().isClosed());
		model.addAttribute("mayOverride", actor.servesSecretariatOf(process.id().value()) || actor.isAdministrator());
		return withChoices(model, "schedule/meeting");
	}

	private String withChoices(Model model, String view) {
		if (model.getAttribute("form") == null
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			// A value could not be read, so Spring could not make the form: show it as
			// typed.
			var errors = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("form", MeetingForm.asTyped(request.getRequest().getParameterMap()));
			if (errors != null) {
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			}
		}
		model.addAttribute("venues", this.venues.venues());
		model.addAttribute("modes", Arrays.asList(MeetingMode.values()));
		model.addAttribute("slotChoices", Arrays.asList(MeetingForm.SlotChoice.values()));
		return view;
	}

	/**
	 * Warnings as lines of text: flash attributes live in the database session and must
	 * serialize simply.
	 */
	static List<String> lines(List<Warning> warnings) {
		return warnings.stream()
			.map((w) -> w.message() + (w.suggestion() == null ? "" : " " + w.suggestion()))
			.toList();
	}

}
