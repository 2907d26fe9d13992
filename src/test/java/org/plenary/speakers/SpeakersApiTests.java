package org.plenary.speakers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class SpeakersApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersEventRepository events;

	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	@Test
	void inscribesThroughTheApiAndAnswersTheListInSpeakingOrder() throws Exception {
		var meeting = aMeeting();
		var secretariat = this.accounts.holding(Grant.secretariatOf(processOf(meeting)));
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		var brazil = this.accounts.holding(Grant.delegateOf("BRA"));

		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/open").with(secretariat.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
		inscribe(meeting, mexico, "{\"delegation\":\"MEX\"}").andExpect(status().isOk());
		inscribe(meeting, brazil, "{\"delegation\":\"BRA\",\"onBehalfOf\":\"G4\"}").andExpect(status().isOk());
		inscribe(meeting, mexico, "{\"delegation\":\"BRA\"}").andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Not your delegation"));
		inscribe(meeting, mexico, "{\"delegation\":\"MEX\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Mexico is on this list already."));
		inscribe(meeting, mexico, "{\"delegation\":\"MEX\",\"onBehalfOf\":\"G4\",\"kind\":\"REPLY\"}")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Not a member of the group"));
		inscribe(meeting, mexico, "{\"delegation\":\"XX1\"}").andExpect(status().isBadRequest());

		this.mvc.perform(get("/api/meetings/" + meeting + "/speakers"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statements[0].delegation").value("BRA"))
			.andExpect(jsonPath("$.statements[0].onBehalfOf").value("G4"))
			.andExpect(jsonPath("$.statements[0].status").value("WAITING"))
			.andExpect(jsonPath("$.statements[1].delegation").value("MEX"))
			.andExpect(jsonPath("$.statements[1].usedMs").value(0));

		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/next").with(mexico.basic()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/next").with(secretariat.basic()))
			.andExpect(jsonPath("$.current.delegation").value("BRA"))
			.andExpect(jsonPath("$.timer.running").value(true));
		this.mvc.perform(post("/api/meetings/" + meeting + "/timer/pause").with(secretariat.basic()))
			.andExpect(jsonPath("$.timer.running").value(false))
			.andExpect(jsonPath("$.timer.endsAt").doesNotExist());
		var list = this.mvc.perform(get("/api/meetings/" + meeting + "/speakers")).andReturn();
		var mexicoEntry = com.jayway.jsonpath.JsonPath.<String>read(list.getResponse().getContentAsString(),
				"$.statements[1].id");
		this.mvc.perform(delete("/api/meetings/" + meeting + "/speakers/" + mexicoEntry).with(brazil.basic()))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/meetings/" + meeting + "/speakers/" + mexicoEntry).with(mexico.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statements.length()").value(1));
	}

	@Test
	void resumesALiveViewAfterTheLastEventItHadAndMissesNone() throws Exception {
		var meeting = aMeeting();
		var secretariat = this.accounts.holding(Grant.secretariatOf(processOf(meeting)));
		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/open").with(secretariat.basic()));
		var first = this.events.findTopByMeetingIdOrderByIdDesc(meeting.value()).orElseThrow().id();
		for (var code : List.of("MEX", "CHE", "JPN")) {
			inscribe(meeting, secretariat, "{\"delegation\":\"" + code + "\"}").andExpect(status().isOk());
		}

		var resumed = this.mvc
			.perform(get("/api/meetings/" + meeting + "/live").header("Last-Event-ID", Long.toString(first))
				.accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(request().asyncStarted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var fresh = this.mvc.perform(get("/api/meetings/" + meeting + "/live").accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(request().asyncStarted())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(resumed).doesNotContain("id:" + first + "\n")
			.contains("id:" + (first + 1), "id:" + (first + 2), "id:" + (first + 3))
			.contains("event:list")
			.contains("\"next\":[\"Mexico\",\"Switzerland\",\"Japan\"]");
		assertThat(fresh).as("a new view gets the list as it stands")
			.contains("id:" + (first + 3))
			.doesNotContain("id:" + (first + 2) + "\n");
	}

	@Test
	void countsTheLiveViewsAndTheEventsDeliveredToThemForTheOperator() throws Exception {
		var meeting = aMeeting();
		var secretariat = this.accounts.holding(Grant.secretariatOf(processOf(meeting)));
		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/open").with(secretariat.basic()));
		var first = this.events.findTopByMeetingIdOrderByIdDesc(meeting.value()).orElseThrow().id();
		for (var code : List.of("MEX", "CHE")) {
			inscribe(meeting, secretariat, "{\"delegation\":\"" + code + "\"}").andExpect(status().isOk());
		}
		var delivered = this.meters.get("plenary.live.events.delivered").counter().count();
		var delays = this.meters.get("plenary.live.events.delay").timer().count();
		var views = this.meters.get("plenary.live.views").gauge().value();

		this.mvc
			.perform(get("/api/meetings/" + meeting + "/live").header("Last-Event-ID", Long.toString(first))
				.accept(MediaType.TEXT_EVENT_STREAM))
			.andExpect(request().asyncStarted());

		assertThat(this.meters.get("plenary.live.events.delivered").counter().count()).isEqualTo(delivered + 2);
		assertThat(this.meters.get("plenary.live.events.delay").timer().count()).isEqualTo(delays + 2);
		assertThat(this.meters.get("plenary.live.views").gauge().value()).isEqualTo(views + 1);
	}

	@Test
	void theReportAfterTheMeetingLabelsEveryTurnAndAgreesWithItsCsvToTheSecond() throws Exception {
		var meeting = aMeeting();
		var secretariat = this.accounts.holding(Grant.secretariatOf(processOf(meeting)));
		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/open").with(secretariat.basic()));
		inscribe(meeting, secretariat, "{\"delegation\":\"MEX\"}").andExpect(status().isOk());
		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/next").with(secretariat.basic()));
		this.mvc
			.perform(post("/api/meetings/" + meeting + "/speakers/point-of-order").with(secretariat.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"delegation\":\"IND\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/next").with(secretariat.basic()));
		this.mvc.perform(post("/api/meetings/" + meeting + "/timer/stop").with(secretariat.basic()));

		var page = this.mvc.perform(get("/meetings/" + meeting + "/speakers/report"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var csv = this.mvc.perform(get("/api/meetings/" + meeting + "/speakers/report.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("??").contains("a point of order").contains("India");
		var lines = csv.lines().skip(1).toList();
		assertThat(lines).hasSize(2);
		for (var line : lines) {
			var cells = line.split(",");
			var started = java.time.OffsetDateTime.parse(cells[6]);
			assertThat(started.getOffset().getTotalSeconds()).as("New York's offset").isIn(-5 * 3600, -4 * 3600);
			var clock = started.toLocalTime().toString();
			assertThat(page).as("the page shows the CSV's time, with its zone")
				.containsPattern(
						java.util.regex.Pattern.quote(clock.length() == 5 ? clock + ":00" : clock) + " E[SD]T");
			long seconds = Long.parseLong(cells[8]);
			assertThat(page).contains(">%d:%02d<".formatted(seconds / 60, seconds % 60));
		}
	}

	@Test
	void aPointOfOrderWithoutTheDelegationThatRaisesItOnlyAsksForIt() throws Exception {
		var meeting = aMeeting();
		var secretariat = this.accounts.holding(Grant.secretariatOf(processOf(meeting)));
		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/open").with(secretariat.basic()));

		var console = this.mvc.perform(get("/meetings/" + meeting + "/speakers/console")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(secretariat.username())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(console).contains("<select id=\"pointDelegation\" name=\"delegation\" required>")
			.contains("<option value=\"\" selected>Choose the delegation that raises it</option>");
		this.mvc
			.perform(post("/api/meetings/" + meeting + "/speakers/point-of-order").with(secretariat.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"delegation\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Choose the delegation")));
		this.mvc.perform(get("/api/meetings/" + meeting + "/speakers"))
			.andExpect(jsonPath("$.pointsOfOrder.length()").value(0))
			.andExpect(jsonPath("$.current").doesNotExist());
	}

	private org.springframework.test.web.servlet.ResultActions inscribe(MeetingId meeting, TestAccounts.Credentials who,
			String body) throws Exception {
		return this.mvc.perform(post("/api/meetings/" + meeting + "/speakers").with(who.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private UUID processOf(MeetingId meeting) {
		return this.programme.meeting(meeting).process().value();
	}

	@Test
	void thePageSaysWhatWasDoneAndARefusedInscriptionKeepsWhatWasChosen() throws Exception {
		var meeting = aMeeting();
		var secretariat = this.accounts.holding(Grant.secretariatOf(processOf(meeting)));
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		this.mvc.perform(post("/api/meetings/" + meeting + "/speakers/open").with(secretariat.basic()));

		// The same form sent twice, as a second click sends it: the second is refused.
		java.util.concurrent.Callable<org.springframework.test.web.servlet.MvcResult> inscribeForAReply = () -> this.mvc
			.perform(post("/meetings/" + meeting + "/speakers").param("delegation", "MEX")
				.param("kind", "REPLY")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(mexico.username()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn();
		var inscribed = inscribeForAReply.call();
		assertThat(inscribed.getFlashMap().get("notice")).isEqualTo("inscribed");

		var refused = inscribeForAReply.call();
		assertThat(refused.getFlashMap().get("problem")).isNotNull();
		var page = this.mvc
			.perform(get("/meetings/" + meeting + "/speakers")
				.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE,
						refused.getFlashMap())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(mexico.username())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(page).select("#kind option[selected]").val()).isEqualTo("REPLY");
		assertThat(org.jsoup.Jsoup.parse(page).select(".page-problem").text())
			.contains("Mexico is on this list already.");
	}

	private MeetingId aMeeting() {
		var process = this.processes.create(new NewProcess("SA " + UUID.randomUUID().toString().substring(0, 8),
				"Consultations through the API", null, null), Actors.administrator());
		return this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2038, 5, 4)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
	}

}
