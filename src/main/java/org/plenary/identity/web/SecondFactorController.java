package org.plenary.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.plenary.identity.Actor;
import org.plenary.identity.PendingSignIn;
import org.plenary.identity.SecondFactors;
import org.plenary.system.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: turning it on and off on one's own account, and the code asked for
 * at sign-in after a right password.
 */
@Controller
class SecondFactorController {

	private static final String SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactors secondFactors;

	SecondFactorController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@GetMapping("/login/second-factor")
	String codeForm(HttpServletRequest request, Model model) {
		// Nothing waiting (the five minutes are over, or no password was given): say so.
		model.addAttribute("expired", PendingSignIn.username(request).isEmpty());
		return "identity/login-second-factor";
	}

	@PostMapping("/login/second-factor")
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		var username = PendingSignIn.username(request);
		if (username.isEmpty()) {
			return "redirect:/login";
		}
		return switch (this.secondFactors.check(username.get(), code, request.getRemoteAddr())) {
			case ACCEPTED -> {
				PendingSignIn.complete(request, response);
				yield "redirect:/";
			}
			case TOO_MANY -> {
				PendingSignIn.abandon(request);
				yield "redirect:/login?locked";
			}
			case WRONG -> {
				model.addAttribute("wrong", true);
				yield "identity/login-second-factor";
			}
		};
	}

	@GetMapping("/account/second-factor")
	String account(Actor actor, HttpSession session, Model model) {
		model.addAttribute("offered", this.secondFactors.isOffered(actor));
		var enrolled = this.secondFactors.isEnrolled(actor.username());
		model.addAttribute("enrolled", enrolled);
		if (enrolled) {
			model.addAttribute("codesLeft", this.secondFactors.recoveryCodesLeft(actor.username()));
		}
		else if (this.secondFactors.isOffered(actor)) {
			var enrolment = this.secondFactors.start(actor);
			session.setAttribute(SECRET, enrolment.secret());
			model.addAttribute("enrolment", enrolment);
		}
		return "identity/second-factor";
	}

	@PostMapping("/account/second-factor")
	String enrol(@RequestParam(defaultValue = "") String code, Actor actor, HttpSession session, Model model) {
		var secret = session.getAttribute(SECRET) instanceof String kept ? kept : "";
		try {
			var codes = this.secondFactors.enrol(actor, secret, code);
			session.removeAttribute(SECRET);
			model.addAttribute("codes", codes);
			return "identity/recovery-codes";
		}
		catch (InvalidInput refusal) {
			model.addAttribute("offered", true);
			model.addAttribute("enrolled", false);
			model.addAttribute("error", refusal.said().onThisPage());
			var enrolment = this.secondFactors.start(actor);
			session.setAttribute(SECRET, enrolment.secret());
			model.addAttribute("enrolment", enrolment);
			return "identity/second-factor";
		}
	}

	@PostMapping("/account/second-factor/off")
	String disable(@RequestParam(defaultValue = "") String password, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			this.secondFactors.disable(actor, password);
		}
		catch (InvalidInput refusal) {
			model.addAttribute("offered", this.secondFactors.isOffered(actor));
			model.addAttribute("enrolled", true);
			model.addAttribute("codesLeft", this.secondFactors.recoveryCodesLeft(actor.username()));
			model.addAttribute("error", refusal.said().onThisPage());
			return "identity/second-factor";
		}
		redirect.addFlashAttribute("notice", "secondFactorOff");
		return "redirect:/account/second-factor";
	}

}
