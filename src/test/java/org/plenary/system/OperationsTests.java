package org.plenary.system;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.identity.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an operator looks at: health groups that say which part is down, and metrics in
 * Prometheus' format for an administrator only.
 */
@PlenaryIntegrationTest
class OperationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void tellsTheHealthOfTheDatabaseAndOfTheIndexEachInItsGroup() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.searchIndex.status").value("UP"));
		this.mvc.perform(get("/actuator/health/database"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.searchIndex").doesNotExist());
		this.mvc.perform(get("/actuator/health/index"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.searchIndex.status").value("UP"))
			.andExpect(jsonPath("$.components.db").doesNotExist());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void givesTheMetricsInPrometheusFormatToAnAdministratorOnly() throws Exception {
		this.mvc.perform(get("/journal")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		this.mvc.perform(get("/actuator/prometheus").with(delegate.basic())).andExpect(status().isForbidden());

		var administrator = this.accounts.holding(Grant.of(Role.ADMINISTRATOR));
		this.mvc.perform(get("/actuator/prometheus").with(administrator.basic()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("http_server_requests_seconds_count{")))
			.andExpect(content().string(containsString("uri=\"/journal\"")))
			.andExpect(content().string(containsString("plenary_live_views{")))
			.andExpect(content().string(containsString("plenary_live_events_delivered_total{")))
			.andExpect(content().string(containsString("plenary_live_events_delay_seconds_count{")))
			.andExpect(content().string(containsString("plenary_imports_in_progress{")))
			.andExpect(content().string(containsString("plenary_outbox_depth{")))
			.andExpect(content().string(containsString("plenary_search_indexing_lag{")));
	}

	@Test
	void numbersEachRequestForTheLogsAndKeepsAPlainIdFromTheProxy() throws Exception {
		this.mvc.perform(get("/journal").header("X-Request-Id", "proxy-42.a_b"))
			.andExpect(header().string("X-Request-Id", "proxy-42.a_b"));
		this.mvc.perform(get("/journal").header("X-Request-Id", "forged\nline"))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
	}

}
