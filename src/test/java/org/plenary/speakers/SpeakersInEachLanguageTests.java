package org.plenary.speakers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A speakers list names its delegations and groups in the page's language, with the
 * article Spanish and French put before a group's name, and so do its refusals — on the
 * page and in the API's problem details, in the language the client asks for.
 */
@PlenaryIntegrationTest
class SpeakersInEachLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Test
	void aRefusalOnThePageNamesTheDelegationsAndTheGroupInThePagesLanguage() throws Exception {
		var meeting = anOpenList();
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));

		// Uniting for Consensus speaks through Italy, its coordinator: Mexico is refused.
		assertThat(problemOnThePage(meeting, mexico, "es"))
			.isEqualTo("Italia hace uso de la palabra en nombre del grupo Unidos por el Consenso en calidad de "
					+ "coordinador; México no puede hacerlo.");
		assertThat(problemOnThePage(meeting, mexico, "fr")).isEqualTo("C’est Italie, en sa qualité de coordonnateur, "
				+ "qui prend la parole au nom du groupe Unis pour le consensus ; Mexique ne le peut pas.");
		assertThat(problemOnThePage(meeting, mexico, "zh")).isEqualTo("意大利作为协调国代表团结谋共识发言；墨西哥不能代表该集团发言。");
		assertThat(problemOnThePage(meeting, mexico, "ar")).contains("إيطاليا")
			.contains("المكسيك")
			.doesNotContain("Italy");
	}

	@Test
	void theApiSaysTheRefusalInTheLanguageAskedForAndInEnglishOtherwise() throws Exception {
		var meeting = anOpenList();
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));

		var spanish = inscribeOnTheApi(meeting, mexico, "es");
		assertThat(spanish.getResponse().getStatus()).isEqualTo(403);
		assertThat(spanish.getResponse().getHeader("Content-Language")).isEqualTo("es");
		assertThat(spanish.getResponse().getHeaders("Vary")).contains("Accept-Language");
		assertThat(spanish.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("\"title\":\"No es el coordinador del grupo\"")
			.contains("\"detail\":\"Italia hace uso de la palabra en nombre del grupo Unidos por el Consenso en "
					+ "calidad de coordinador; México no puede hacerlo.\"");

		for (var english : List.of("", "en", "de")) {
			assertThat(inscribeOnTheApi(meeting, mexico, english).getResponse().getContentAsString())
				.contains("\"detail\":\"Italy speaks on behalf of Uniting for Consensus as its coordinator; "
						+ "Mexico cannot.\"");
		}
	}

	@Test
	void theListSaysOnWhoseBehalfWithTheGroupsArticle() throws Exception {
		var meeting = anOpenList();
		this.speakers.inscribe(meeting, "BRA", "G4", InscriptionKind.STATEMENT, Actors.delegateOf("BRA"));

		assertThat(statements(meeting, "es")).contains("Brasil, en nombre del Grupo de los Cuatro");
		assertThat(statements(meeting, "fr")).contains("Brésil, au nom du Groupe des Quatre");
		assertThat(statements(meeting, "en")).contains("Brazil, on behalf of G4");
	}

	private String problemOnThePage(MeetingId meeting, TestAccounts.Credentials delegate, String language)
			throws Exception {
		var refused = this.mvc
			.perform(post("/meetings/" + meeting + "/speakers").header("Accept-Language", language)
				.param("delegation", "MEX")
				.param("onBehalfOf", "UfC")
				.param("kind", "STATEMENT")
				.with(user(delegate.username()))
				.with(csrf()))
			.andReturn();
		var page = this.mvc
			.perform(get("/meetings/" + meeting + "/speakers").header("Accept-Language", language)
				.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
						refused.getFlashMap())
				.with(user(delegate.username())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(page).selectFirst("[role=alert] #page-problem").text();
	}

	private MvcResult inscribeOnTheApi(MeetingId meeting, TestAccounts.Credentials delegate, String language)
			throws Exception {
		var request = post("/api/meetings/" + meeting + "/speakers").contentType(MediaType.APPLICATION_JSON)
			.content("{\"delegation\":\"MEX\",\"onBehalfOf\":\"UfC\",\"kind\":\"STATEMENT\"}")
			.with(delegate.basic());
		if (!language.isEmpty()) {
			request = request.header("Accept-Language", language);
		}
		return this.mvc.perform(request).andReturn();
	}

	private String statements(MeetingId meeting, String language) throws Exception {
		var page = this.mvc.perform(get("/meetings/" + meeting + "/speakers").header("Accept-Language", language))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return Jsoup.parse(page).select("table tbody").text();
	}

	private MeetingId anOpenList() {
		var process = this.processes.create(new NewProcess("SL" + UUID.randomUUID().toString().substring(0, 6),
				"Consultations in six languages", null, null), Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2036, 5, 6)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.secretariatOf(process.id().value()));
		return meeting;
	}

}
