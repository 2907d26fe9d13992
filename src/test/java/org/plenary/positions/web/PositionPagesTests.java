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

	@Test
	void theConvergenceMapsTooltipsSpeakThePagesLanguage() throws Exception {
		var spanish = tooltips("/processes/ign/positions?session=78", "es");
		assertThat(spanish).anySatisfy((title) -> assertThat(title).startsWith("Brasil \u2014 "))
			.anySatisfy((title) -> assertThat(title).endsWith(": no ha expresado ninguna postura"))
			.noneSatisfy((title) -> assertThat(title).containsAnyOf("Brazil", "no stance stated"));
		assertThat(tooltips("/processes/ign/positions?session=78", "zh"))
			.anySatisfy((title) -> assertThat(title).startsWith("巴西\u2014").endsWith("：未表明态度"));

		var groups = tooltips("/processes/ign/positions?session=78&holders=GROUP", "fr");
		assertThat(groups).anySatisfy((title) -> assertThat(title).startsWith("Unis pour le consensus \u2014 "))
			.noneSatisfy((title) -> assertThat(title).contains("Uniting for Consensus"));
		assertThat(description("/processes/ign/positions?session=78", "fr")).contains(" : indice ")
			.contains("ayant exprimé une orientation")
			.doesNotContain("stated");
	}

	@Test
	void theAlignmentAndThePositionsNameDelegationsAndGroupsInThePagesLanguage() throws Exception {
		var page = org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/processes/ign/positions?delegation=BRA").header("Accept-Language", "es"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(page.select("#alignment ~ div table caption").text()).contains("Brasil").doesNotContain("Brazil");
		assertThat(page.select("#alignment ~ div table tbody th").eachText()).contains("Grupo de los Cuatro");
		assertThat(page.select("table tbody td:nth-child(2)").eachText()).contains("Brasil", "Unidos por el Consenso")
			.doesNotContain("Brazil", "Uniting for Consensus");
	}

	/**
	 * The titles of the map's cells: what a person reads on hover, and a screen reader
	 * says.
	 */
	private java.util.List<String> tooltips(String path, String language) throws Exception {
		var svg = svgOf(path, language);
		var titles = new java.util.ArrayList<String>();
		var found = java.util.regex.Pattern.compile("<rect [^>]*><title>([^<]*)</title></rect>").matcher(svg);
		while (found.find()) {
			titles.add(org.springframework.web.util.HtmlUtils.htmlUnescape(found.group(1)));
		}
		assertThat(titles).as("cells of the map").isNotEmpty();
		return titles;
	}

	private String description(String path, String language) throws Exception {
		var found = java.util.regex.Pattern.compile("<desc id=\"map-desc\">([^<]*)</desc>")
			.matcher(svgOf(path, language));
		assertThat(found.find()).isTrue();
		return org.springframework.web.util.HtmlUtils.htmlUnescape(found.group(1));
	}

	private String svgOf(String path, String language) throws Exception {
		var page = this.mvc.perform(get(path).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
	}

	private String page(String username) throws Exception {
		return this.mvc.perform(get("/processes/ign/positions").with(user(username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
