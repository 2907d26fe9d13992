package org.plenary.system;

import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
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
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	Accounts accounts;

	@Autowired
	Letters letters;

	Map<String, String> values;

	@Autowired
	org.plenary.positions.ReformModels models;

	@Autowired
	org.plenary.text.NegotiatedTexts texts;

	@BeforeAll
	void findRecordsToShow() throws Exception {
		var ign = this.processes.process("ign");
		var meeting = this.programme.programmeOfWork(ign.id(), 79).meetings().get(0);
		var admin = this.accounts.all(Actors.administrator())
			.stream()
			.filter((a) -> a.username().equals("admin"))
			.findFirst()
			.orElseThrow();
		this.values = new java.util.HashMap<>(Map.of("/processes/{slug}", "/processes/ign", "/delegations/{code}",
				"/delegations/MEX", "/sessions/{number}", "/sessions/72", "/meetings/{id}", "/meetings/" + meeting.id(),
				"/admin/accounts/{id}", "/admin/accounts/" + admin.id(), "/groups/{id}",
				"/groups/" + this.mvc.getClass().getSimpleName(), "/letters/{id}",
				"/letters/" + this.letters.letters(null, Actor.anonymous()).get(0).id(), "/letters/{id}/edit",
				"/letters/" + aDraft() + "/edit", "/letters/new", "/letters/new?process=ign"));
		this.values.put("/meetings/{id}/speakers/{inscription}/statement", aDeliveredStatement());
		this.values.put("/processes/{slug}/positions",
				"/processes/ign/positions?delegation=BRA&session=79&compareWith=78");
		this.values.put("/processes/{slug}/elements/compare", "/processes/ign/elements/compare?from=1&to=2");
		this.values.put("/models/{id}/revise", "/models/" + this.models.models(null).get(0).id() + "/revise");
		var gcmText = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var zero = gcmText.revisions().get(0).id();
		var rev1 = gcmText.revisions().get(1).id();
		this.values.put("/revisions/{id}", "/revisions/" + zero);
		this.values.put("/revisions/{id}/compilation", "/revisions/" + rev1 + "/compilation?delegation=HUN");
		this.values.put("/revisions/{from}/compare/{to}", "/revisions/" + zero + "/compare/" + rev1);
		this.values.put("/texts/{text}/paragraphs/{lineage}", "/texts/" + gcmText.id() + "/paragraphs/"
				+ this.texts.revision(zero, Actor.anonymous()).paragraphs().get(0).lineage());
		this.values.put("/models/{id}", "/models/" + this.models.models(null).get(0).id());
		this.values.put("/models/compare", "/models/compare?ids=today," + this.models.models(null).get(0).id());
		var batch = anImport();
		this.values.put("/letters/imports/{batch}", "/letters/imports/" + batch.id());
		this.values.put("/letters/imports/files/{file}", "/letters/imports/files/" + batch.files().get(0).id());
	}

	@TestFactory
	Stream<DynamicTest> everyPageRendersForTheAdministratorAndThePublic() {
		return pages().stream().map((page) -> DynamicTest.dynamicTest(page, () -> {
			var path = pathOf(page);
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

	/** A statement Mexico delivered at a meeting of a process made for it: public. */
	private String aDeliveredStatement() {
		var process = this.processes
			.create(new org.plenary.process.NewProcess("Pg " + java.util.UUID.randomUUID().toString().substring(0, 8),
					"Consultations with statements", null, null), Actors.administrator());
		var meeting = this.programme
			.plan(new org.plenary.schedule.PlanMeetings(process.id(),
					java.util.List.of(java.time.LocalDate.of(2036, 3, 4)),
					java.util.List.of(org.plenary.schedule.StandardSlot.MORNING), null, null, "informal meeting", null,
					org.plenary.schedule.MeetingMode.IN_PERSON, java.util.List.of(), null, null, null, null, true, true,
					null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.administrator());
		var inscription = this.speakers
			.inscribe(meeting, "MEX", null, org.plenary.speakers.InscriptionKind.STATEMENT, Actors.administrator())
			.statements()
			.get(0)
			.id();
		this.speakers.attach(meeting, inscription, "mexico.txt",
				"Mexico welcomes the zero draft.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				Actors.administrator());
		this.speakers.next(meeting, Actors.administrator());
		this.speakers.stop(meeting, Actors.administrator());
		return "/meetings/" + meeting + "/speakers/" + inscription + "/statement";
	}

	@Autowired
	org.plenary.speakers.SpeakersLists speakers;

	/** Seed 004 uploaded by the administrator, read and waiting for review. */
	private org.plenary.correspondence.ImportBatchView anImport() throws Exception {
		var text = new org.springframework.core.io.ClassPathResource("demo/letters/000_7fe24c4cba9f33ed.txt")
			.getContentAsByteArray();
		var batch = this.imports.upload(
				java.util.List.of(new LetterImports.Upload("seed.txt", text),
						new LetterImports.Upload("new.txt",
								"16 February 2018\n\nExcellency,\n\nWe write to you on 20 March."
									.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
				false, Actors.administrator());
		for (int i = 0; i < 100 && !batch.isDone(); i++) {
			Thread.sleep(50);
			batch = this.imports.batch(batch.id(), Actors.administrator());
		}
		return batch;
	}

	@Autowired
	LetterImports imports;

	/** A draft of the IGN's, which only the administrator reads and edits. */
	private String aDraft() {
		var ign = this.processes.process("ign");
		return this.letters
			.compose(new LetterDraft(LetterKind.FACILITATORS, ign.id().value(), java.time.LocalDate.of(2034, 2, 13),
					null, LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", java.util.List.of("We write."),
					java.util.List.of(), java.util.List.of(), null, java.util.List.of()), Actors.administrator())
			.id()
			.toString();
	}

	private java.util.List<String> pages() {
		var pages = new TreeSet<String>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			var isPage = handler.getBeanType().getPackageName().startsWith("org.plenary")
					&& !handler.getBeanType()
						.isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class)
					&& !handler.getMethod().getReturnType().equals(org.springframework.http.ResponseEntity.class);
			if (isPage && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				pages.addAll(info.getPatternValues());
			}
		});
		return pages.stream().toList();
	}

	private String pathOf(String pattern) {
		if (pattern.startsWith("/groups/{id}")) {
			return "/groups/" + groupId();
		}
		var path = pattern;
		var mostSpecificFirst = this.values.entrySet()
			.stream()
			.sorted(java.util.Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
			.toList();
		for (var value : mostSpecificFirst) {
			if (path.startsWith(value.getKey())) {
				path = value.getValue() + path.substring(value.getKey().length());
				break;
			}
		}
		path = path.replace("{slug}", "ign").replace("{code}", "MEX");
		assertThat(path).as("a value for every variable of " + pattern).doesNotContain("{");
		return path;
	}

	@Autowired
	org.plenary.delegation.Delegations delegations;

	private String groupId() {
		return this.delegations.groupNamed("G4").orElseThrow().id().toString();
	}

}
