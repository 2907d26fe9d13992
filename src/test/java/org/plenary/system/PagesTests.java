package org.plenary.system;

import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.plenary.EveryPage;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.LetterImports;
import org.plenary.correspondence.Letters;
import org.plenary.identity.Accounts;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.process.Processes;
import org.plenary.schedule.Programme;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page the application maps, read from Spring's handler mappings, renders for the
 * administrator (who sees every form on it) and for the public (who sees the page or is
 * sent to sign in), without an error.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EveryPage everyPage;

	/**
	 * Every page, shown to the administrator (who sees the most), with the records of a
	 * {@link HostileWorld} where the page shows a record and the hostile records among
	 * the others on every list: no stored markup reaches a page as markup.
	 */
	@TestFactory
	Stream<DynamicTest> everyPageCarriesNoStoredMarkup() {
		var hostile = HostileWorld.make(this.processes, this.programme, this.venues, this.letters, this.speakers,
				this.positions, this.models, this.elements, this.texts, this.delegations);
		return this.everyPage.patterns().stream().map((page) -> DynamicTest.dynamicTest(page, () -> {
			var path = this.everyPage.pathOf(page, hostile.paths());
			var admin = this.mvc.perform(get(path).with(user(this.users.loadUserByUsername("admin"))))
				.andReturn()
				.getResponse();
			assertThat(admin.getStatus()).as(path).isEqualTo(200);
			assertThat(admin.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as(path)
				.doesNotContain(HostileWorld.ACTIVE);
		}));
	}

	@Autowired
	org.plenary.process.Processes processes;

	@Autowired
	org.plenary.schedule.Programme programme;

	@Autowired
	org.plenary.schedule.Venues venues;

	@Autowired
	org.plenary.correspondence.Letters letters;

	@Autowired
	org.plenary.speakers.SpeakersLists speakers;

	@Autowired
	org.plenary.positions.Positions positions;

	@Autowired
	org.plenary.positions.ReformModels models;

	@Autowired
	org.plenary.positions.Elements elements;

	@Autowired
	org.plenary.text.NegotiatedTexts texts;

	@Autowired
	org.plenary.delegation.Delegations delegations;

	@TestFactory
	Stream<DynamicTest> everyPageRendersForTheAdministratorAndThePublic() {
		return this.everyPage.patterns().stream().map((page) -> DynamicTest.dynamicTest(page, () -> {
			var path = this.everyPage.pathOf(page);
			var admin = this.mvc.perform(get(path).with(user(this.users.loadUserByUsername("admin"))))
				.andReturn()
				.getResponse();
			assertThat(admin.getStatus()).as(path + " for the administrator").isEqualTo(200);
			var anonymous = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(anonymous.getStatus()).as(path + " for the public").isIn(200, 302);
			if (anonymous.getStatus() == 302) {
				assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
			}
		}));
	}

	@org.junit.jupiter.api.Test
	void theProcessPageOffersToWriteALetterToThoseWhoRunTheProcessOnly() throws Exception {
		var admin = this.mvc.perform(get("/processes/ign").with(user(this.users.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var anonymous = this.mvc.perform(get("/processes/ign")).andReturn().getResponse().getContentAsString();

		assertThat(admin).contains("href=\"/letters/new?process=ign\"").contains(">Write a letter<");
		assertThat(anonymous).doesNotContain("/letters/new").contains("href=\"/letters?process=ign\"");
	}

	@Autowired
	org.springframework.context.MessageSource messages;

	@org.junit.jupiter.api.Test
	void everyActionThatAsksFirstHasItsQuestionConsequenceAndButtonInWords() {
		var asking = new TreeSet<String>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			var confirms = handler.getMethodAnnotation(Confirms.class);
			if (confirms != null) {
				asking.add(confirms.value());
			}
		});
		assertThat(asking).contains("circulate", "issueRevision", "discardRevision", "endAppointment", "removeTopic",
				"cancelMeeting", "removeMember", "removeElement", "issueElements", "revokeRole");
		for (var question : asking) {
			for (var part : java.util.List.of("question", "consequence", "button")) {
				assertThat(this.messages.getMessage("confirm." + question + "." + part, null, null,
						java.util.Locale.ENGLISH))
					.as("confirm." + question + "." + part)
					.isNotBlank();
			}
		}
	}

}
