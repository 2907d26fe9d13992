package org.plenary.process.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
import org.plenary.process.NewSession;
import org.plenary.process.Processes;
import org.plenary.process.SessionView;
import org.plenary.process.Sessions;
import org.plenary.system.InvalidInput;
import org.plenary.system.InvalidValue;

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
 * The sessions of the General Assembly: the list, a session's page with the processes led
 * in it, and the forms that add a session and record its President.
 */
@Controller
class SessionController {

	private final Sessions sessions;

	private final Processes processes;

	private final Delegations delegations;

	SessionController(Sessions sessions, Processes processes, Delegations delegations) {
		this.sessions = sessions;
		this.processes = processes;
		this.delegations = delegations;
	}

	@GetMapping("/sessions")
	String sessions(Actor actor, Model model) {
		model.addAttribute("sessions", this.sessions.sessions());
		model.addAttribute("currentSession", this.sessions.current().orElse(null));
		model.addAttribute("mayAdd", actor.keepsTheRegister());
		return "process/sessions";
	}

	@GetMapping("/sessions/new")
	String newSession(Model model) {
		var next = this.sessions.sessions().stream().findFirst();
		model.addAttribute("form", new SessionForm(next.map((s) -> s.number() + 1).orElse(null), null, null, "", ""));
		return newSessionPage(model);
	}

	@PostMapping("/sessions")
	String open(@Valid @ModelAttribute("form") SessionForm form, BindingResult errors, Actor actor, Model model) {
		if (errors.hasErrors()) {
			return newSessionPage(model);
		}
		try {
			var session = this.sessions.open(new NewSession(java.util.Objects.requireNonNull(form.number()),
					java.util.Objects.requireNonNull(form.opensOn()), form.closesOn(), form.presidentName(),
					form.presidentDelegation()), actor);
			return "redirect:/sessions/" + session.number();
		}
		catch (InvalidInput refusal) {
			errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
			return newSessionPage(model);
		}
	}

	@GetMapping("/sessions/{number}")
	String session(@PathVariable int number, Actor actor, Model model) {
		var session = this.sessions.session(number);
		model.addAttribute("president",
				new PresidentForm(session.presidentName(), session.presidentDelegation(), session.closesOn()));
		return page(session, actor, model);
	}

	@PostMapping("/sessions/{number}/president")
	String recordPresident(@PathVariable int number, @Valid @ModelAttribute("president") PresidentForm form,
			BindingResult errors, Actor actor, Model model, RedirectAttributes redirect) {
		var session = this.sessions.session(number);
		if (!errors.hasErrors()) {
			try {
				this.sessions.recordPresident(number, java.util.Objects.requireNonNull(form.presidentName()),
						form.presidentDelegation(), form.closesOn(), actor);
				redirect.addFlashAttribute("notice", "saved");
				return "redirect:/sessions/" + number;
			}
			catch (InvalidInput refusal) {
				errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
			}
			catch (IllegalArgumentException refusal) {
				InvalidValue.rejectAt(errors, "closesOn", refusal);
			}
		}
		return page(session, actor, model);
	}

	private String page(SessionView session, Actor actor, Model model) {
		// Not "session": Thymeleaf reserves that name for the HTTP session.
		model.addAttribute("assemblySession", session);
		model.addAttribute("processes",
				this.processes.processes()
					.stream()
					.filter((p) -> !p.facilitatorsOf(session.number()).isEmpty())
					.toList());
		model.addAttribute("mayEdit", actor.keepsTheRegister());
		model.addAttribute("memberStates", memberStates());
		return "process/session";
	}

	private String newSessionPage(Model model) {
		model.addAttribute("memberStates", memberStates());
		return "process/session-new";
	}

	private java.util.List<org.plenary.delegation.DelegationView> memberStates() {
		return this.delegations.delegations(new DelegationFilter(DelegationKind.MEMBER_STATE, null, null, null));
	}

	record SessionForm(@NotNull @Min(1) @Max(999) @Nullable Integer number,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn,
			@Size(max = 120) @Nullable String presidentName, @Size(max = 8) @Nullable String presidentDelegation) {

		@AssertTrue(message = "A session closes after it opens.")
		public boolean isClosesAfterOpens() {
			return this.opensOn == null || this.closesOn == null || this.closesOn.isAfter(this.opensOn);
		}

	}

	record PresidentForm(@NotBlank @Size(max = 120) @Nullable String presidentName,
			@Size(max = 8) @Nullable String presidentDelegation,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate closesOn) {
	}

}
