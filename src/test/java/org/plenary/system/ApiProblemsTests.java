package org.plenary.system;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.identity.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bad input on the API gets RFC 9457 problem details that name the field and the reason,
 * never a stack trace.
 */
@PlenaryIntegrationTest
class ApiProblemsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void namesTheFieldAndTheReasonOfAnInvalidBody() throws Exception {
		var pga = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		this.mvc
			.perform(post("/api/processes").with(pga.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"shortName\":\"\",\"name\":\"A process\",\"interventionLimitSeconds\":5}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[?(@.field == 'shortName')].message").value("must not be blank"))
			.andExpect(jsonPath("$.errors[?(@.field == 'interventionLimitSeconds')]").exists());
	}

	@Test
	void answersUnreadableJsonWithoutTheParsersWords() throws Exception {
		var pga = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		this.mvc
			.perform(post("/api/processes").with(pga.basic()).contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("not valid JSON")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void namesTheValueThatHasTheWrongForm() throws Exception {
		var pga = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		this.mvc
			.perform(post("/api/sessions").with(pga.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"number\":904,\"opensOn\":\"the first of September\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("opensOn"))
			.andExpect(jsonPath("$.detail").value("The value of opensOn has the wrong type or form."));
	}

	@Test
	void answersAnUnknownProcessWith404() throws Exception {
		this.mvc.perform(get("/api/processes/00000000-0000-0000-0000-000000000000"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Process not found"));
	}

	@Test
	void answersAMalformedIdWith400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/processes/not-an-id"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("id"));
	}

	@Test
	void answersAnUnknownDelegationWith404() throws Exception {
		this.mvc.perform(get("/api/delegations/XYZ"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("There is no delegation with the code XYZ."));
	}

	@Test
	void answersAWriteWithoutCredentialsWith401AndAChallenge() throws Exception {
		this.mvc.perform(post("/api/sessions").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersARefusalWith403AndTheReason() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		this.mvc
			.perform(post("/api/sessions").with(delegate.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"number\":903,\"opensOn\":\"2903-09-01\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("You may not change the sessions of the General Assembly."));
	}

	@Test
	void answersAConflictWith409() throws Exception {
		var pga = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		var group = "{\"shortName\":\"G4\",\"name\":\"Another G4\"}";
		this.mvc.perform(post("/api/groups").with(pga.basic()).contentType(MediaType.APPLICATION_JSON).content(group))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("shortName"));
		var created = this.mvc
			.perform(post("/api/groups").with(pga.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"shortName\":\"Friends of 409\",\"name\":\"Friends\",\"members\":[\"BRA\"]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		this.mvc
			.perform(post("/api/groups/" + id + "/members").with(pga.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"delegation\":\"BRA\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("BRA is a member of Friends of 409 already."));
	}

}
