package org.plenary.correspondence;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class LetterApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@Test
	void writesSignsAndCirculatesALetterThatEveryoneThenReads() throws Exception {
		var process = aNewProcess();
		var facilitator = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var id = compose(process, facilitator);

		this.mvc.perform(post("/api/letters/" + id + "/sign").with(facilitator.basic())).andExpect(status().isOk());
		this.mvc.perform(post("/api/letters/" + id + "/circulate").with(facilitator.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CIRCULATED"));

		this.mvc.perform(get("/api/letters/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.addressees").value(LetterDraft.ALL_PERMANENT_REPRESENTATIVES))
			.andExpect(jsonPath("$.salutation").value("Excellency,"))
			.andExpect(jsonPath("$.signatories[0].name").value("Jürg Lauber"))
			.andExpect(jsonPath("$.signatories[0].delegation").value("CHE"))
			.andExpect(jsonPath("$.references[0].cited").value("72/557"));
		this.mvc.perform(get("/api/letters").param("process", process.id().toString()))
			.andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void listsTheLettersWrittenDuringASession() throws Exception {
		this.mvc.perform(get("/api/letters").param("session", "72"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.writtenOn == '2018-02-15')].kind").value(hasItem("TRANSMITTAL")))
			.andExpect(jsonPath("$[?(@.writtenOn == '2018-02-13')].kind").value(hasItem("FACILITATORS")));
		this.mvc.perform(get("/api/letters").param("session", "79"))
			.andExpect(jsonPath("$[?(@.writtenOn == '2018-02-15')]").isEmpty());
	}

	@Test
	void answersAnUnknownProcessOrSessionWithNotFound() throws Exception {
		this.mvc.perform(get("/api/letters").param("process", UUID.randomUUID().toString()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/letters").param("session", "12")).andExpect(status().isNotFound());
	}

	@Test
	void keepsTheChosenSessionSelectedOnTheLettersPage() throws Exception {
		this.mvc.perform(get("/letters").param("session", "72"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<option value=\"72\" selected=\"selected\">72nd session</option>")));
	}

	@Test
	void hidesADraftFromTheDelegations() throws Exception {
		var process = aNewProcess();
		var id = compose(process, this.accounts.holding(Grant.facilitatorOf(process.id().value())));

		this.mvc.perform(get("/api/letters/" + id).with(this.accounts.holding(Grant.delegateOf("MEX")).basic()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Letter not found"));
	}

	@Test
	void answersAMalformedReferenceWithItsFieldAndSavesNothing() throws Exception {
		var process = aNewProcess();
		var admin = this.accounts.holding(Grant.of(Role.ADMINISTRATOR));

		this.mvc
			.perform(post("/api/letters").with(admin.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(letter(process).replace("72/557", "last year's decision")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("A decision or resolution is cited by its symbol, such as 62/557."));
		this.mvc.perform(get("/api/letters").param("process", process.id().toString()).with(admin.basic()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void answersAChangeToACirculatedLetterWithAConflict() throws Exception {
		var process = aNewProcess();
		var admin = this.accounts.holding(Grant.of(Role.ADMINISTRATOR));
		var id = compose(process, admin);
		this.mvc.perform(post("/api/letters/" + id + "/sign").with(admin.basic()));
		this.mvc.perform(post("/api/letters/" + id + "/circulate").with(admin.basic()));

		this.mvc
			.perform(put("/api/letters/" + id).with(admin.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(letter(process).replace("]}", "],\"version\":2}")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail")
				.value("A circulated letter cannot change. Write a correction that refers to it."));
		this.mvc.perform(post("/api/letters/" + id + "/correction").with(admin.basic()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.corrects").value(id))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void transmitsAnEarlierLetterAsItsEnclosure() throws Exception {
		var process = aNewProcess();
		var pga = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		var enclosed = compose(process, pga);

		this.mvc.perform(post("/api/letters").with(pga.basic()).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"TRANSMITTAL","process":"%s","writtenOn":"2018-02-16","enclosure":"%s",
				 "paragraphs":["I have the honour to transmit herewith a letter from the Co-facilitators."],
				 "signatories":[{"name":"Miroslav Lajčák"}]}""".formatted(process.id(), enclosed)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.enclosure").value(enclosed))
			.andExpect(jsonPath("$.letterhead").value(true));
	}

	private String compose(ProcessView process, TestAccounts.Credentials author) throws Exception {
		var created = this.mvc
			.perform(post("/api/letters").with(author.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content(letter(process)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn();
		return JsonPath.read(created.getResponse().getContentAsString(), "$.id");
	}

	private static String letter(ProcessView process) {
		return """
				{"kind":"FACILITATORS","process":"%s","writtenOn":"2018-02-13","place":"New York",
				 "paragraphs":["We have the honour to write to you in our capacity as co-facilitators."],
				 "signatories":[{"name":"Jürg Lauber","role":"Co-facilitator","delegation":"CHE"}],
				 "references":[{"kind":"DECISION","cited":"72/557"}]}""".formatted(process.id());
	}

	private ProcessView aNewProcess() {
		return this.processes.create(
				new NewProcess("A" + UUID.randomUUID().toString().substring(0, 6), "A process for letters", null, null),
				Actors.administrator());
	}

}
