package org.plenary.delegation.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.NewGroup;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.identity.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class GroupPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Delegations delegations;

	@Test
	void thePgaOfficeRecordsAGroupsCoordinatorAndTermFromItsPage() throws Exception {
		var group = this.delegations.createGroup(new NewGroup("Chairs " + UUID.randomUUID().toString().substring(0, 8),
				"Group with a chair", null, null, List.of(DelegationCode.of("GHA"), DelegationCode.of("KEN"))),
				Actors.administrator());
		var office = this.accounts.holding(Grant.of(Role.PGA_OFFICE));

		this.mvc
			.perform(post("/groups/" + group.id() + "/coordinator").param("coordinator", "KEN")
				.param("from", "2026-01-01")
				.param("until", "2099-12-31")
				.with(user(office.username()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getFlashMap().get("notice")).isEqualTo("coordinatorRecorded"));

		var page = this.mvc.perform(get("/groups/" + group.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kenya").contains("1 January 2026").contains("31 December 2099");
		assertThat(this.delegations.group(group.id()).coordinator()).isEqualTo(DelegationCode.of("KEN"));
	}

	@Test
	void aDelegateOfTheCoordinatingStateCannotRecordTheCoordinator() throws Exception {
		var group = this.delegations.createGroup(new NewGroup("Chairs " + UUID.randomUUID().toString().substring(0, 8),
				"Group with a chair", null, null, List.of(DelegationCode.of("GHA"), DelegationCode.of("KEN"))),
				Actors.administrator());
		var kenya = this.accounts.holding(Grant.delegateOf("KEN"));

		this.mvc
			.perform(post("/groups/" + group.id() + "/coordinator").param("coordinator", "KEN")
				.param("from", "2026-01-01")
				.with(user(kenya.username()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.delegations.group(group.id()).coordination()).isNull();
	}

}
