package org.plenary.identity.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Accounts;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.DelegationDirectory;
import org.plenary.identity.Grant;
import org.plenary.identity.NewAccount;
import org.plenary.identity.ProcessDirectory;
import org.plenary.identity.Role;
import org.plenary.identity.UsernameTaken;
import org.plenary.system.InvalidInput;
import org.plenary.system.InvalidValue;

import org.plenary.system.Confirms;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's pages: accounts (open, grant and revoke roles, unlock, disable,
 * reset a password) and the audit trail.
 */
@Controller
class AdministrationController {

	private final Accounts accounts;

	private final AuditTrail audit;

	private final DelegationDirectory delegations;

	private final ProcessDirectory processes;

	AdministrationController(Accounts accounts, AuditTrail audit, DelegationDirectory delegations,
			ProcessDirectory processes) {
		this.accounts = accounts;
		this.audit = audit;
		this.delegations = delegations;
		this.processes = processes;
	}

	@GetMapping("/admin/accounts")
	String accounts(Actor actor, Model model) {
		model.addAttribute("accounts", this.accounts.all(actor));
		return "identity/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model) {
		model.addAttribute("form", new AccountForm("", "", "", Role.DELEGATE, null, null));
		return newAccountPage(model);
	}

	@PostMapping("/admin/accounts")
	String open(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Actor actor, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return newAccountPage(model);
		}
		try {
			var grants = new LinkedHashSet<Grant>();
			grants.add(form.toGrant());
			var account = this.accounts
				.open(new NewAccount(form.username(), form.displayName(), form.password(), grants), actor);
			redirect.addFlashAttribute("notice", "accountOpened");
			redirect.addFlashAttribute("noticeArgs", new Object[] { account.username() });
			return "redirect:/admin/accounts/" + account.id();
		}
		catch (InvalidInput refusal) {
			errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
		}
		catch (UsernameTaken taken) {
			taken.said().rejectAt(errors, "username");
		}
		catch (IllegalArgumentException refusal) {
			InvalidValue.rejectAt(errors, "role", refusal);
		}
		return newAccountPage(model);
	}

	@GetMapping("/admin/accounts/{id}")
	String account(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("grantForm", new GrantForm(Role.DELEGATE, null, null));
		return accountPage(id, actor, model);
	}

	@PostMapping("/admin/accounts/{id}/grants")
	String grant(@PathVariable UUID id, @Valid @ModelAttribute("grantForm") GrantForm form, BindingResult errors,
			Actor actor, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.accounts.grant(id, form.toGrant(), actor);
				redirect.addFlashAttribute("notice", "saved");
				return "redirect:/admin/accounts/" + id;
			}
			catch (InvalidInput refusal) {
				errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
			}
			catch (IllegalArgumentException refusal) {
				InvalidValue.rejectAt(errors, "role", refusal);
			}
		}
		return accountPage(id, actor, model);
	}

	@PostMapping("/admin/accounts/{id}/grants/revoke")
	@Confirms("revokeRole")
	String revoke(@PathVariable UUID id, @RequestParam Role role,
			@RequestParam(required = false) @Nullable UUID process,
			@RequestParam(required = false) @Nullable String delegation, Actor actor, RedirectAttributes redirect) {
		this.accounts.revoke(id, new Grant(role, process, blankToNull(delegation)), actor);
		redirect.addFlashAttribute("notice", "saved");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/unlock")
	String unlock(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		this.accounts.unlock(id, actor);
		redirect.addFlashAttribute("notice", "unlocked");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String enable(@PathVariable UUID id, @RequestParam boolean enabled, Actor actor, RedirectAttributes redirect) {
		this.accounts.enable(id, enabled, actor);
		redirect.addFlashAttribute("notice", "saved");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password, Actor actor,
			Model model, RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(id, password, actor);
		}
		catch (InvalidInput refusal) {
			model.addAttribute("grantForm", new GrantForm(Role.DELEGATE, null, null));
			model.addAttribute("passwordProblem", refusal.said().onThisPage());
			return accountPage(id, actor, model);
		}
		redirect.addFlashAttribute("notice", "passwordReset");
		return "redirect:/admin/accounts/" + id;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) @Nullable String subject, @RequestParam(defaultValue = "0") int page,
			Actor actor, Model model) {
		model.addAttribute("entries", this.audit.entries(subject, page, actor));
		model.addAttribute("subject", subject);
		return "identity/audit";
	}

	private String accountPage(UUID id, Actor actor, Model model) {
		model.addAttribute("account", this.accounts.account(id, actor));
		return withChoices(model, "identity/account");
	}

	private String newAccountPage(Model model) {
		return withChoices(model, "identity/account-new");
	}

	private String withChoices(Model model, String view) {
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("delegationChoices", this.delegations.delegationChoices());
		model.addAttribute("processChoices", this.processes.processChoices());
		return view;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** Builds the grant a form describes, keeping only the scope its role needs. */
	static Grant grantOf(Role role, @Nullable UUID process, @Nullable String delegation) {
		return switch (role.scope()) {
			case NONE -> Grant.of(role);
			case PROCESS -> {
				if (process == null) {
					throw new InvalidInput("process", "Choose the process this role is held for.",
							"refusal.identity.roleProcess");
				}
				yield new Grant(role, process, null);
			}
			case DELEGATION -> {
				var code = blankToNull(delegation);
				if (code == null) {
					throw new InvalidInput("delegation", "Choose the delegation this role is held for.",
							"refusal.identity.roleDelegation");
				}
				yield new Grant(role, null, code);
			}
		};
	}

	record AccountForm(@NotBlank @Size(min = 2, max = 60) String username,
			@NotBlank @Size(max = 120) String displayName, @NotBlank @Size(min = 10, max = 128) String password,
			@NotNull Role role, @Nullable UUID process, @Nullable String delegation) {

		Grant toGrant() {
			return grantOf(this.role, this.process, this.delegation);
		}

	}

	record GrantForm(@NotNull Role role, @Nullable UUID process, @Nullable String delegation) {

		Grant toGrant() {
			return grantOf(this.role, this.process, this.delegation);
		}

	}

}
