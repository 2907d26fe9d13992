package org.plenary.system;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.Programme;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attacks found in a careful attack of Plenary, kept so that every build runs them again.
 * (Stored markup is {@code SearchMarkupTests} and {@code StoredMarkupPagesTests};
 * guessing passwords is {@code SignInTests}; formulas in CSV is {@code CsvExportsTests}.)
 */
@PlenaryIntegrationTest
class AttacksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Test
	void refusesAMeetingInTheYear999999999OnTheApiAndStoresNothing() throws Exception {
		var process = aProcess();
		this.mvc
			.perform(post("/api/processes/" + process.id().value() + "/meetings")
				.with(user(this.users.loadUserByUsername("admin")))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"dates\":[\"2033-05-03\", \"+999999999-12-31\"],\"slots\":[\"MORNING\"],"
						+ "\"format\":\"informal meeting\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("dates[1]"))
			.andExpect(jsonPath("$.errors[0].message").value(Dates.OUT_OF_RANGE));

		assertThat(this.programme.programmeOfWork(process.id(), null).meetings()).isEmpty();
		var feed = this.mvc.perform(get("/api/processes/" + process.id().value() + "/calendar.ics"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed).doesNotContain("999999999");
	}

	@Test
	void refusesAMeetingInTheYear999999999InTheFormAndKeepsWhatWasTyped() throws Exception {
		var process = aProcess();
		var page = this.mvc
			.perform(post("/processes/" + process.slug() + "/meetings")
				.with(user(this.users.loadUserByUsername("admin")))
				.with(csrf())
				.param("dates", "+999999999-12-31")
				.param("slot", "MORNING")
				.param("format", "informal meeting kept")
				.param("mode", "IN_PERSON"))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isIn(200, 400);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8))
			.contains("between 1 January 1945 and 31 December 9999")
			.contains("informal meeting kept");
		assertThat(this.programme.programmeOfWork(process.id(), null).meetings()).isEmpty();
	}

	@Test
	void answersErrorAskedForDirectlyAsNotFound() throws Exception {
		this.mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("There is nothing at this address."));
		var page = this.mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(404);
		assertThat(page.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("999");
	}

	private ProcessView aProcess() {
		return this.processes.create(
				new NewProcess("Atk " + UUID.randomUUID().toString().substring(0, 8), "Consultations", null, null),
				Actors.administrator());
	}

}
