package org.plenary.delegation.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.DelegationKind;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.GroupId;
import org.plenary.delegation.RegionalGroup;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The directory of delegations, filtered by regional group, group of States and name, and
 * each delegation's page.
 */
@Controller
class DelegationController {

	private final Delegations delegations;

	DelegationController(Delegations delegations) {
		this.delegations = delegations;
	}

	@GetMapping("/delegations")
	String directory(@RequestParam(required = false) @Nullable RegionalGroup regionalGroup,
			@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable DelegationKind kind,
			@RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx, Model model) {
		// An empty choice in the form means "any group".
		var filter = new DelegationFilter(kind, regionalGroup,
				(group == null || group.isBlank()) ? null : GroupId.of(group), q);
		model.addAttribute("delegations", this.delegations.delegations(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("regionalGroups", Arrays.asList(RegionalGroup.values()));
		model.addAttribute("kinds", Arrays.asList(DelegationKind.values()));
		model.addAttribute("groups", this.delegations.groups());
		return htmx ? "delegation/delegations :: results" : "delegation/delegations";
	}

	@GetMapping("/delegations/{code}")
	String delegation(@PathVariable String code, Model model) {
		var delegation = this.delegations.delegation(DelegationCode.of(code));
		model.addAttribute("delegation", delegation);
		model.addAttribute("groups", this.delegations.groupsOf(delegation.code()));
		return "delegation/delegation";
	}

}
