package org.plenary.identity.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.AccountView;
import org.plenary.identity.Accounts;
import org.plenary.identity.Actor;
import org.plenary.identity.Grant;
import org.plenary.identity.NewAccount;
import org.plenary.identity.Role;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts for scripts run by an administrator, such as opening the accounts of a
 * delegation's team at once.
 */
@RestController
@RequestMapping("/api/accounts")
class AccountApiController {

	private final Accounts accounts;

	AccountApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	List<AccountView> accounts(Actor actor) {
		return this.accounts.all(actor);
	}

	@GetMapping("/{id}")
	AccountView account(@PathVariable UUID id, Actor actor) {
		return this.accounts.account(id, actor);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AccountView open(@Valid @RequestBody NewAccountRequest request, Actor actor) {
		var grants = new LinkedHashSet<Grant>();
		for (var grant : request.grants()) {
			grants.add(AdministrationController.grantOf(grant.role(), grant.process(), grant.delegation()));
		}
		return this.accounts.open(new NewAccount(request.username(), request.displayName(), request.password(), grants),
				actor);
	}

	@PostMapping("/{id}/grants")
	AccountView grant(@PathVariable UUID id, @Valid @RequestBody GrantRequest request, Actor actor) {
		return this.accounts.grant(id,
				AdministrationController.grantOf(request.role(), request.process(), request.delegation()), actor);
	}

	@PostMapping("/{id}/unlock")
	AccountView unlock(@PathVariable UUID id, Actor actor) {
		return this.accounts.unlock(id, actor);
	}

	record NewAccountRequest(@NotBlank @Size(min = 2, max = 60) String username,
			@NotBlank @Size(max = 120) String displayName, @NotBlank @Size(min = 10, max = 128) String password,
			@NotNull List<@Valid GrantRequest> grants) {
	}

	record GrantRequest(@NotNull Role role, @Nullable UUID process, @Nullable String delegation) {
	}

}
