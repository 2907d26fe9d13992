package org.plenary.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.plenary.identity.Accounts;
import org.plenary.identity.Actor;
import org.plenary.system.InvalidInput;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own account: changing the password.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	AccountController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/account/password")
	String passwordForm(@ModelAttribute("form") PasswordForm form) {
		return "identity/password";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors, Actor actor,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "identity/password";
		}
		try {
			this.accounts.changePassword(actor, form.currentPassword(), form.newPassword());
		}
		catch (InvalidInput refusal) {
			errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
			return "identity/password";
		}
		redirect.addFlashAttribute("notice", "passwordChanged");
		return "redirect:/";
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank @Size(min = 10, max = 128) String newPassword,
			String repeatedPassword) {

		PasswordForm {
			currentPassword = currentPassword == null ? "" : currentPassword;
			newPassword = newPassword == null ? "" : newPassword;
			repeatedPassword = repeatedPassword == null ? "" : repeatedPassword;
		}

		@AssertTrue(message = "The two new passwords differ.")
		public boolean isRepeatedPasswordSame() {
			return this.newPassword.equals(this.repeatedPassword);
		}

	}

}
