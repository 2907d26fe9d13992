package org.plenary.delegation.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.GroupId;
import org.plenary.delegation.GroupView;
import org.plenary.delegation.NewGroup;
import org.plenary.identity.Actor;
import org.plenary.system.InvalidInput;
import org.plenary.system.PageActions;

import org.plenary.system.Confirms;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Groups of States: the list, a group's page with its members, and the forms that add a
 * group and change its membership. The door decides who may change what.
 */
@Controller
class GroupController {

	private final Delegations delegations;

	GroupController(Delegations delegations) {
		this.delegations = delegations;
	}

	@GetMapping("/groups")
	String groups(Actor actor, Model model) {
		model.addAttribute("groups", this.delegations.groups());
		model.addAttribute("mayAdd", actor.keepsTheRegister());
		return "delegation/groups";
	}

	@GetMapping("/groups/{id}")
	String group(@PathVariable GroupId id, Actor actor, Model model) {
		return show(this.delegations.group(id), actor, model, (String) model.getAttribute("problem"));
	}

	/**
	 * Records who coordinates (chairs) the group and for which term; the door lets only
	 * the PGA office and the administrator.
	 */
	@PostMapping("/groups/{id}/coordinator")
	String coordinator(@PathVariable GroupId id, @RequestParam(defaultValue = "") String coordinator,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
			Actor actor, RedirectAttributes redirect) {
		var code = coordinator.isBlank() ? null : DelegationCode.of(coordinator);
		var group = PageActions.act(redirect, () -> this.delegations.appointCoordinator(id, code, from, until, actor));
		if (group != null) {
			redirect.addFlashAttribute("notice", "coordinatorRecorded");
		}
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/members")
	String join(@PathVariable GroupId id, @RequestParam(defaultValue = "") String delegation, Actor actor,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx, Model model,
			RedirectAttributes redirect) {
		if (delegation.isBlank()) {
			return answer(this.delegations.group(id), actor, model, htmx, "Choose a delegation to add.");
		}
		var group = this.delegations.join(id, DelegationCode.of(delegation), actor);
		if (htmx) {
			return answer(group, actor, model, true, null);
		}
		redirect.addFlashAttribute("notice", "joined");
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/members/{code}/leave")
	@Confirms("removeMember")
	String leave(@PathVariable GroupId id, @PathVariable String code, Actor actor,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx, Model model,
			RedirectAttributes redirect) {
		var group = this.delegations.leave(id, DelegationCode.of(code), actor);
		if (htmx) {
			return answer(group, actor, model, true, null);
		}
		redirect.addFlashAttribute("notice", "left");
		return "redirect:/groups/" + id;
	}

	@GetMapping("/groups/new")
	String newGroup(Actor actor, Model model) {
		model.addAttribute("form", new GroupForm("", "", "", "", List.of()));
		return newGroupPage(model);
	}

	@PostMapping("/groups")
	String create(@Valid @ModelAttribute("form") GroupForm form, BindingResult errors, Actor actor, Model model) {
		if (errors.hasErrors()) {
			return newGroupPage(model);
		}
		try {
			var group = this.delegations.createGroup(form.toNewGroup(), actor);
			return "redirect:/groups/" + group.id();
		}
		catch (InvalidInput refusal) {
			errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
			return newGroupPage(model);
		}
	}

	private String newGroupPage(Model model) {
		model.addAttribute("delegations", this.delegations.delegations(DelegationFilter.all()));
		return "delegation/group-new";
	}

	private String answer(GroupView group, Actor actor, Model model, boolean htmx, @Nullable String problem) {
		show(group, actor, model, problem);
		return htmx ? "delegation/group :: members" : "delegation/group";
	}

	private String show(GroupView group, Actor actor, Model model, @Nullable String problem) {
		model.addAttribute("group", group);
		var coordinator = group.coordinator();
		model.addAttribute("mayKeep",
				actor.keepsTheRegister() || (coordinator != null && actor.actsFor(coordinator.value())));
		model.addAttribute("mayAppoint", actor.keepsTheRegister());
		model.addAttribute("candidates",
				this.delegations.delegations(DelegationFilter.all())
					.stream()
					.filter((d) -> !group.hasMember(d.code()))
					.toList());
		model.addAttribute("problem", problem);
		// Said by the members' table itself, which htmx replaces without the layout.
		model.addAttribute("problemShownInPage", true);
		return "delegation/group";
	}

	record GroupForm(@NotBlank @Size(max = 40) String shortName, @NotBlank @Size(max = 200) String name,
			@Size(max = 1000) @Nullable String description, @Size(max = 1000) @Nullable String sourceNote,
			@Nullable List<String> members) {

		NewGroup toNewGroup() {
			var codes = this.members == null ? List.<DelegationCode>of()
					: this.members.stream().filter((m) -> !m.isBlank()).map(DelegationCode::of).toList();
			return new NewGroup(this.shortName, this.name, this.description, this.sourceNote, codes);
		}

	}

}
