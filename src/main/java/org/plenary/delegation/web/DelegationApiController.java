package org.plenary.delegation.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.DelegationKind;
import org.plenary.delegation.DelegationView;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.GroupId;
import org.plenary.delegation.GroupNotFound;
import org.plenary.delegation.GroupView;
import org.plenary.delegation.NewGroup;
import org.plenary.delegation.RegionalGroup;
import org.plenary.identity.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register of delegations and groups of States as JSON.
 */
@RestController
@RequestMapping("/api")
class DelegationApiController {

	private final Delegations delegations;

	DelegationApiController(Delegations delegations) {
		this.delegations = delegations;
	}

	/**
	 * Delegations, filtered by kind, regional group, group of States (its id or short
	 * name) and words of the name.
	 */
	@GetMapping("/delegations")
	List<DelegationView> delegations(@RequestParam(required = false) @Nullable DelegationKind kind,
			@RequestParam(required = false) @Nullable RegionalGroup regionalGroup,
			@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String q) {
		return this.delegations.delegations(new DelegationFilter(kind, regionalGroup, groupId(group), q));
	}

	@GetMapping("/delegations/{code}")
	DelegationView delegation(@PathVariable String code) {
		return this.delegations.delegation(DelegationCode.of(code));
	}

	@GetMapping("/groups")
	List<GroupView> groups() {
		return this.delegations.groups();
	}

	@GetMapping("/groups/{id}")
	GroupView group(@PathVariable GroupId id) {
		return this.delegations.group(id);
	}

	@PostMapping("/groups")
	@ResponseStatus(HttpStatus.CREATED)
	GroupView create(@Valid @RequestBody NewGroupRequest request, Actor actor) {
		return this.delegations.createGroup(request.toNewGroup(), actor);
	}

	@PutMapping("/groups/{id}")
	GroupView describe(@PathVariable GroupId id, @Valid @RequestBody GroupDetailsRequest request, Actor actor) {
		return this.delegations.describeGroup(id, request.name(), request.description(),
				request.coordinator() == null || request.coordinator().isBlank() ? null
						: DelegationCode.of(request.coordinator()),
				actor);
	}

	@PostMapping("/groups/{id}/members")
	GroupView join(@PathVariable GroupId id, @Valid @RequestBody MemberRequest request, Actor actor) {
		return this.delegations.join(id, DelegationCode.of(request.delegation()), actor);
	}

	@DeleteMapping("/groups/{id}/members/{code}")
	GroupView leave(@PathVariable GroupId id, @PathVariable String code, Actor actor) {
		return this.delegations.leave(id, DelegationCode.of(code), actor);
	}

	private @Nullable GroupId groupId(@Nullable String group) {
		if (group == null || group.isBlank()) {
			return null;
		}
		try {
			return new GroupId(UUID.fromString(group));
		}
		catch (IllegalArgumentException notAnId) {
			return this.delegations.groupNamed(group).map(GroupView::id).orElseThrow(() -> new GroupNotFound(group));
		}
	}

	record NewGroupRequest(@NotBlank @Size(max = 40) String shortName, @NotBlank @Size(max = 200) String name,
			@Size(max = 1000) @Nullable String description, @Size(max = 1000) @Nullable String sourceNote,
			@Nullable List<@Pattern(regexp = "[A-Za-z]{2,3}", message = "is not a delegation code") String> members) {

		NewGroup toNewGroup() {
			return new NewGroup(this.shortName, this.name, this.description, this.sourceNote,
					this.members == null ? List.of() : this.members.stream().map(DelegationCode::of).toList());
		}

	}

	record GroupDetailsRequest(@NotBlank @Size(max = 200) String name, @Size(max = 1000) @Nullable String description,
			@Nullable @Pattern(regexp = "[A-Za-z]{2,3}|", message = "is not a delegation code") String coordinator) {
	}

	record MemberRequest(
			@NotBlank @Pattern(regexp = "[A-Za-z]{2,3}", message = "is not a delegation code") String delegation) {
	}

}
