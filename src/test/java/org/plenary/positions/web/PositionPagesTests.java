package org.plenary.positions.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.positions.Positions;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class PositionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@Autowired
	Positions positions;

	@Test
	void aDelegateChoosesWhomToSpeakForAmongTheirDelegationAndTheGroupsItCoordinates() throws Exception {
		var italy = this.accounts.holding(Grant.delegateOf("ITA"));
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));

		var forItaly = page(italy.username());
		var forMexico = page(mexico.username());

		assertThat(forItaly).contains("<select id=\"holder\" name=\"holder\" required>")
			.contains("<option value=\"ITA\">Italy</option>")
			.contains("<option value=\"UfC\">Uniting for Consensus</option>");
		assertThat(forMexico).contains("<option value=\"MEX\">Mexico</option>").doesNotContain("value=\"UfC\"");
	}

	@Test
	void aRefusedPositionComesBackWithWhatWasTypedAndEachStanceUnderItsTopic() throws Exception {
		var ign = this.processes.process("ign");
		var veto = ign.topics().get(1);
		var categories = ign.topics().get(0);
		var stance = this.positions.offerStance(ign.id(), veto.id(), "Stance " + UUID.randomUUID(),
				Actors.administrator());
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));

		var refused = this.mvc
			.perform(post("/processes/ign/positions").param("holder", "MEX")
				.param("topic", categories.id().toString())
				.param("stance", stance.id().toString())
				.param("text", "Mexico favours <b>longer</b> terms")
				.param("session", "81")
				.param("statedOn", "2026-11-20")
				.with(user(mexico.username()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(refused.getFlashMap().get("problem")).isNotNull();
		var shown = this.mvc
			.perform(
					get("/processes/ign/positions")
						.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
								refused.getFlashMap())
						.with(user(mexico.username())))
			.andReturn();
		var page = shown.getResponse().getContentAsString();
		assertThat(page).contains("is not one of")
			.contains(">Mexico favours &lt;b&gt;longer&lt;/b&gt; terms</textarea>")
			.contains("value=\"2026-11-20\"")
			.contains("<option value=\"" + categories.id() + "\" selected=\"selected\">");
		assertThat(page).containsPattern("<optgroup label=\"[^\"]*\" data-topic=\"" + veto.id() + "\">");
	}

	private String page(String username) throws Exception {
		return this.mvc.perform(get("/processes/ign/positions").with(user(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
