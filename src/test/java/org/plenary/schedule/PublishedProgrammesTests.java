package org.plenary.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.identity.Actors.administrator;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public programme is served from what was rendered for its current state, and never
 * from an older state or from someone else's page.
 */
@PlenaryIntegrationTest
class PublishedProgrammesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Programme programme;

	@Autowired
	Processes processes;

	@Test
	void aProgrammeLaidOutBySlotSaysOnceWhatKindOfMeetingsTheyAre() throws Exception {
		var gcm = org.jsoup.Jsoup.parse(read("/processes/gcm/programme?session=72"));
		var ign = org.jsoup.Jsoup.parse(read("/processes/ign/programme?session=79"));

		assertThat(gcm.select(".programme-format").text()).isEqualTo("Meetings: first round of negotiations");
		assertThat(gcm.select("table.programme th[scope=col]").eachText()).contains("Morning (10:00–13:00)");
		assertThat(ign.select(".programme-format").text()).isEqualTo("Meetings: 1st IGN Plenary");
	}

	@Test
	void aVisitorsPickedLanguageIsNotServedToTheNextVisitorsBrowser() throws Exception {
		var page = "/processes/gcm/programme?session=72";
		var french = this.mvc
			.perform(get(page).header("Accept-Language", "en")
				.cookie(new jakarta.servlet.http.Cookie(org.plenary.identity.LanguageChoice.COOKIE, "fr")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var english = this.mvc.perform(get(page).header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(french).contains("Programme de travail");
		assertThat(english).contains("Programme of work").doesNotContain("Programme de travail");
	}

	@Test
	void thePublicSeesAChangeWithinASecond() throws Exception {
		var process = this.processes.create(
				new NewProcess("PUB" + UUID.randomUUID().toString().substring(0, 4), "Published programme", null, null),
				administrator());
		var page = "/processes/" + process.slug() + "/programme";
		plan(process.id(), "first reading");
		assertThat(read(page)).contains("first reading").doesNotContain("second reading");
		assertThat(read(page)).contains("first reading");

		plan(process.id(), "second reading");
		Thread.sleep(PublishedProgrammesTests.ONE_SECOND_AND_A_LITTLE);

		assertThat(read(page)).contains("first reading").contains("second reading");
	}

	@Test
	void theInstanceWhereAMeetingChangedShowsItAtOnce() throws Exception {
		var process = this.processes.create(
				new NewProcess("NOW" + UUID.randomUUID().toString().substring(0, 4), "Published at once", null, null),
				administrator());
		var page = "/processes/" + process.slug() + "/programme";
		plan(process.id(), "first reading");
		assertThat(read(page)).doesNotContain("second reading");
		plan(process.id(), "second reading");
		assertThat(read(page)).contains("second reading");
	}

	@Test
	void aSignedInReaderGetsTheirOwnPage() throws Exception {
		var page = "/processes/ign/programme";
		assertThat(read(page)).doesNotContain("Signed in as");
		var signedIn = this.mvc.perform(get(page).with(user("admin").roles("ADMINISTRATOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(signedIn).contains("Signed in as admin");
		assertThat(read(page)).doesNotContain("Signed in as");
	}

	static final long ONE_SECOND_AND_A_LITTLE = 1100;

	private String read(String page) throws Exception {
		return this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
	}

	private void plan(org.plenary.process.ProcessId process, String agenda) {
		this.programme.plan(
				new PlanMeetings(process, List.of(LocalDate.of(2035, 3, 6)), List.of(), null, null, "informal meeting",
						null, MeetingMode.VIRTUAL, List.of(), agenda, null, null, null, true, false, null),
				administrator());
	}

}
