package org.plenary.correspondence;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.Appointment;
import org.plenary.process.FacilitatorRole;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class LetterImportApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@Autowired
	UserDetailsService users;

	@Test
	void uploadsReadsAndStoresALetterThroughTheApi() throws Exception {
		var process = this.processes.create(new NewProcess("Api " + UUID.randomUUID().toString().substring(0, 8),
				"Consultations through the API", null, null), Actors.administrator());
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var letter = new MockMultipartFile("files", "letter.txt", "text/plain",
				LetterImportsTests.LETTER.formatted(2041, process.name()).getBytes(StandardCharsets.UTF_8));
		var empty = new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]);

		var upload = this.mvc.perform(multipart("/api/letters/imports").file(letter).file(empty).with(chair.basic()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", startsWith("/api/letters/imports/")))
			.andExpect(jsonPath("$.files.length()").value(2))
			.andReturn();
		var batch = JsonPath.<String>read(upload.getResponse().getContentAsString(), "$.id");
		var file = JsonPath.<String>read(upload.getResponse().getContentAsString(), "$.files[0].id");
		awaitRead(batch, chair);

		this.mvc.perform(get("/api/letters/imports/" + batch).with(chair.basic()))
			.andExpect(jsonPath("$.files[0].status").value("NEEDS_REVIEW"))
			.andExpect(jsonPath("$.files[1].status").value("FAILED"))
			.andExpect(jsonPath("$.files[1].reason").value("The file is empty."));
		this.mvc.perform(get("/api/letters/imports/files/" + file).with(chair.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.extraction.date").value("2041-01-14"))
			.andExpect(jsonPath("$.suggested.meetings.length()").value(2))
			.andExpect(jsonPath("$.suggested.meetings[1].status").value("scheduled"))
			.andExpect(jsonPath("$.segments[0].text").value("New York, "))
			.andExpect(jsonPath("$.segments[1].field").value("date"));

		var review = """
				{"process":"%s","date":"2041-01-14","senders":[{"name":"Ana Ruiz","country":"Peru"}],
				 "meetings":[{"date":"2041-02-04","start":"10:00","end":"13:00","venue":"Conference Room 4"},
				             {"date":"2041-02-05","start":"10:00","status":"cancelled"}]}""".formatted(process.id());
		this.mvc
			.perform(post("/api/letters/imports/files/" + file + "/confirm").with(chair.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(review.replace("\"date\":\"2041-01-14\",", "")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("date"));
		this.mvc
			.perform(post("/api/letters/imports/files/" + file + "/confirm").with(chair.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(review.replace("cancelled", "gone")))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/letters/imports/files/" + file + "/confirm").with(chair.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(review.replace("cancelled", "held")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("meetings[1].status"));
		this.mvc
			.perform(post("/api/letters/imports/files/" + file + "/confirm").with(chair.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(review.replace("\"date\":\"2041-01-14\",", "").replace("cancelled", "held")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Give the letter's date: the text states none."))
			.andExpect(jsonPath("$.errors[*].field").value(contains("date", "meetings[1].status")));
		this.mvc
			.perform(post("/api/letters/imports/files/" + file + "/confirm").with(chair.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(review.replace("2041-02-05", "1900-02-05")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("meetings[1].date"));
		this.mvc
			.perform(post("/api/letters/imports/files/" + file + "/confirm").with(chair.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(review))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/letters/")))
			.andExpect(jsonPath("$.status").value("CIRCULATED"))
			.andExpect(jsonPath("$.programme.length()").value(1))
			.andExpect(jsonPath("$.signatories[0].title").value("Permanent Representative of Peru"));
		this.mvc
			.perform(post("/api/letters/imports/files/" + file + "/confirm").with(chair.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(review))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("stored already")));
	}

	@Test
	void theReviewPageSaysWhichSignersNameTheRegisterWroteInsteadAndHowSure() throws Exception {
		var process = this.processes.create(new NewProcess("Api " + UUID.randomUUID().toString().substring(0, 8),
				"Consultations with a co-chair misspelt", null, null), Actors.administrator());
		this.processes.appoint(process.id(),
				new Appointment(79, "Lars Bergqvist", null, FacilitatorRole.CO_CHAIR, "NOR", null),
				Actors.administrator());
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var text = LetterImportsTests.LETTER.formatted(2041, process.name()).replace("Lars Berg\n", "Lars Bergqvst\n");
		var letter = new MockMultipartFile("files", "letter.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
		var upload = this.mvc.perform(multipart("/api/letters/imports").file(letter).with(chair.basic()))
			.andExpect(status().isAccepted())
			.andReturn();
		var batch = JsonPath.<String>read(upload.getResponse().getContentAsString(), "$.id");
		var file = JsonPath.<String>read(upload.getResponse().getContentAsString(), "$.files[0].id");
		awaitRead(batch, chair);

		this.mvc.perform(get("/api/letters/imports/files/" + file).with(chair.basic()))
			.andExpect(jsonPath("$.extraction.senders[1].name").value("Lars Bergqvist"))
			.andExpect(jsonPath("$.extraction.senders[1].match.written").value("Lars Bergqvst"))
			.andExpect(jsonPath("$.extraction.senders[1].match.applied").value(true))
			.andExpect(jsonPath("$.extraction.senders[0].match").doesNotExist());
		var page = this.mvc
			.perform(get("/letters/imports/files/" + file).with(user(this.users.loadUserByUsername(chair.username())))
				.header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("aria-describedby=\"senders-hint senders-matches\"")
			.contains("« Lars Bergqvst » dans la lettre : rapproché de Lars Bergqvist au registre, ")
			.containsPattern(process.shortName() + ", 79e? session \\(confiance : 9\\d %\\)")
			.contains("Lars Bergqvist | ");
	}

	@Test
	void refusesAnImportToAnyoneButItsUploader() throws Exception {
		var admin = this.accounts.holding(Grant.of(org.plenary.identity.Role.PGA_OFFICE));
		var upload = this.mvc
			.perform(multipart("/api/letters/imports")
				.file(new MockMultipartFile("files", "a.txt", "text/plain", "16 February 2018".getBytes()))
				.with(admin.basic()))
			.andReturn();
		var batch = JsonPath.<String>read(upload.getResponse().getContentAsString(), "$.id");
		var process = this.processes.create(
				new NewProcess("Other " + UUID.randomUUID().toString().substring(0, 8), "Another process", null, null),
				Actors.administrator());
		var someone = this.accounts.holding(Grant.facilitatorOf(process.id().value()));

		this.mvc.perform(get("/api/letters/imports/" + batch).with(someone.basic())).andExpect(status().isForbidden());
		this.mvc.perform(get("/api/letters/imports/" + batch)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/letters/imports/" + UUID.randomUUID()).with(admin.basic()))
			.andExpect(status().isNotFound());
	}

	private void awaitRead(String batch, TestAccounts.Credentials who) throws Exception {
		for (int i = 0; i < 200; i++) {
			var body = this.mvc.perform(get("/api/letters/imports/" + batch).with(who.basic()))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!body.contains("QUEUED")) {
				return;
			}
			Thread.sleep(25);
		}
		throw new AssertionError("The batch was not read within 5 seconds");
	}

}
