package org.plenary.correspondence;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.identity.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class ExtractionApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void readsALetterPostedAsTextForAnySignedInPerson() throws Exception {
		var observer = this.accounts.holding(Grant.of(Role.OBSERVER));
		var seed = new ClassPathResource("seeds/002_c68e2c39948bf4b6.txt").getContentAsByteArray();
		this.mvc
			.perform(post("/api/letters/extract").with(observer.basic())
				.contentType("text/plain; charset=UTF-8")
				.content(seed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2017-01-12"))
			.andExpect(jsonPath("$.meetings.length()").value(2))
			.andExpect(jsonPath("$.meetings[0].start").value("10:00"))
			.andExpect(jsonPath("$.meetings[0].status").value("scheduled"))
			.andExpect(jsonPath("$.senders[1].name").value("Ion Jinga"))
			.andExpect(jsonPath("$.references.decisions[0]").value("70/559"));
	}

	@Test
	void readsALetterUploadedAsAFile() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		var file = new MockMultipartFile("file", "004.txt", "text/plain",
				new ClassPathResource("seeds/004_262f4ecd4f5a0460.txt").getContentAsByteArray());
		this.mvc.perform(multipart("/api/letters/extract").file(file).with(delegate.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meetings.length()").value(6))
			.andExpect(jsonPath("$.rules.intervention_limit_minutes").value(3));
	}

	@Test
	void explainsWhyAFileCannotBeRead() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		var file = new MockMultipartFile("file", "scan.txt", "text/plain",
				"Lettre du Pr\u00e9sident".getBytes(StandardCharsets.ISO_8859_1));
		this.mvc.perform(multipart("/api/letters/extract").file(file).with(delegate.basic()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Unreadable letter"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not UTF-8")));
	}

	@Autowired
	org.plenary.system.DocumentReadings readings;

	@Test
	void tellsAPersonWithTwoLettersBeingReadToSendAThirdLater() throws Exception {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		var file = new MockMultipartFile("file", "third.txt", "text/plain",
				"16 February 2018".getBytes(StandardCharsets.UTF_8));
		this.readings.during(delegate.username(), () -> this.readings.during(delegate.username(), () -> {
			try {
				this.mvc.perform(multipart("/api/letters/extract").file(file).with(delegate.basic()))
					.andExpect(status().isTooManyRequests())
					.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("being read already")));
				var other = this.accounts.holding(Grant.delegateOf("MEX"));
				this.mvc.perform(multipart("/api/letters/extract").file(file).with(other.basic()))
					.andExpect(status().isOk());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			return null;
		}));
	}

	@Test
	void refusesTheAnonymousPublic() throws Exception {
		this.mvc.perform(post("/api/letters/extract").contentType("text/plain").content("16 February 2018"))
			.andExpect(status().isUnauthorized());
	}

}
