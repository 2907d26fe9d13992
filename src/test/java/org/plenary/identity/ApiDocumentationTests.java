package org.plenary.identity;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class ApiDocumentationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheApiWithHttpBasicAndWithoutTheActor() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Plenary API"))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.paths['/api/processes'].post").exists())
			.andExpect(content().string(not(containsString("\"Actor\""))));
	}

	@Test
	void letsOnlyTheApiBrowserSetInlineStyles() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")));
		this.mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
	}

}
