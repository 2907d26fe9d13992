package org.plenary.system;

import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A write that waits too long for a row others hold (many delegates inscribing at the
 * same instant) is told to try again a moment later, never answered as a failure of
 * Plenary's own.
 */
class BusyDatabaseTests {

	@RestController
	static class Api {

		@PostMapping("/api/locked")
		void locked() {
			throw new CannotAcquireLockException("Timeout trying to lock table speaker_list");
		}

		@PostMapping("/api/timed-out")
		void timedOut() {
			throw new QueryTimeoutException("statement timed out");
		}

	}

	@Controller
	static class Page {

		@PostMapping("/locked")
		String locked() {
			throw new CannotAcquireLockException("deadlock detected");
		}

	}

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Api(), new Page())
		.setControllerAdvice(new ApiProblems(),
				new PageProblems(new org.springframework.context.support.StaticMessageSource()))
		.build();

	@Test
	void answersALockNotGrantedInTimeWith503AndWhenToTryAgain() throws Exception {
		this.mvc.perform(post("/api/locked"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(jsonPath("$.title").value("Busy"))
			.andExpect(jsonPath("$.detail").value(ApiProblems.BUSY));
		this.mvc.perform(post("/api/timed-out")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void showsAPageThatSaysNothingWasSavedAndToTryAgain() throws Exception {
		this.mvc.perform(post("/locked"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(view().name("error/problem"));
	}

}
