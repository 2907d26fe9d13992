package org.plenary.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.LetterImports;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Signatory;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.NewGroup;
import org.plenary.identity.Accounts;
import org.plenary.identity.Actors;
import org.plenary.mail.Outbox;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.identity.TestAccounts;
import org.plenary.positions.ExistingVeto;
import org.plenary.positions.NewMembersVeto;
import org.plenary.positions.NewModel;
import org.plenary.positions.NewRevision;
import org.plenary.positions.ReElection;
import org.plenary.positions.ReformModels;
import org.plenary.positions.SeatCategory;
import org.plenary.positions.SeatCount;
import org.plenary.positions.SeatRegion;
import org.plenary.process.NewProcess;
import org.plenary.text.AmendmentKind;
import org.plenary.text.NegotiatedTexts;
import org.plenary.text.TableAmendment;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.schedule.Venues;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.SpeakersLists;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every write route the application maps, read from Spring's handler mappings so that a
 * new route cannot escape: an anonymous request is refused (401 on the API, the sign-in
 * page for pages), and an observer, a delegate of another delegation and a facilitator of
 * another process are each refused with 403.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteRoutesSecurityTests {

	/** Routes any signed-in person may use on their own account. */
	static final Set<String> OPEN_TO_EVERY_ACCOUNT = Set.of("POST /account/password", "POST /api/letters/extract",
			"POST /account/mail/address", "POST /account/mail/test", "POST /account/mail/subscriptions/{process}",
			"PUT /api/mail/me", "POST /api/mail/me/test", "PUT /api/mail/subscriptions/{process}",
			"POST /account/second-factor", "POST /account/second-factor/off", "POST /login/second-factor");

	/**
	 * Routes open to anyone, signed in or not: picking the language of one's own pages
	 * (LanguageChoiceTests).
	 */
	static final Set<String> OPEN_TO_EVERYONE = Set.of("POST /language");

	/**
	 * Routes open to whoever runs a process, any process: uploading letters to import.
	 * The process is chosen when a file is stored, and checked then.
	 */
	static final Set<String> OPEN_TO_EVERY_FACILITATOR = Set.of("POST /letters/imports", "POST /api/letters/imports");

	/**
	 * A valid body or form for each route, so that the refusal comes from who asks, not
	 * from what they send.
	 */
	static final String LETTER = "{\"kind\":\"FACILITATORS\",\"process\":\"%s\",\"writtenOn\":\"2034-02-13\","
			+ "\"paragraphs\":[\"We write to you.\"],\"signatories\":[{\"name\":\"Jane Doe\"}]}";

	static final String LETTER_FORM = "kind=FACILITATORS&process=%s&writtenOn=2034-02-13&addressees=All&"
			+ "salutation=Excellency,&paragraphs=We+write+to+you.&signatories=Jane+Doe";

	private static final String SEATS = "{\"category\":\"NON_PERMANENT\",\"region\":\"AFRICAN\",\"seats\":3}";

	static final Map<String, String> EXAMPLES = Map.ofEntries(
			Map.entry("PUT /api/mail/missions/{code}", "{\"address\":\"pm.guarded@example.org\"}"),
			Map.entry("POST /api/mail/missions/{code}/test", ""), Map.entry("PUT /api/mail/me", "{\"address\":\"\"}"),
			Map.entry("POST /api/mail/me/test", ""),
			Map.entry("PUT /api/mail/subscriptions/{process}", "{\"letters\":true}"),
			Map.entry("POST /api/mail/outbox/{id}/retry", ""),
			Map.entry("POST /account/mail/address", "address=someone%40example.org"),
			Map.entry("POST /account/mail/test", ""),
			Map.entry("POST /account/mail/subscriptions/{process}", "letters=true"),
			Map.entry("POST /account/mail/missions/{code}", "address=pm.guarded%40example.org"),
			Map.entry("POST /account/mail/missions/{code}/test", ""), Map.entry("POST /admin/mail/{id}/retry", ""),
			Map.entry("POST /api/groups", "{\"shortName\":\"Friends X\",\"name\":\"Friends\"}"),
			Map.entry("PUT /api/groups/{id}", "{\"name\":\"Friends\"}"),
			Map.entry("POST /api/groups/{id}/members", "{\"delegation\":\"JAM\"}"),
			Map.entry("DELETE /api/groups/{id}/members/{code}", ""),
			Map.entry("POST /api/processes", "{\"shortName\":\"New\",\"name\":\"A new process\"}"),
			Map.entry("PUT /api/processes/{id}",
					"{\"name\":\"Renamed\",\"interventionLimitSeconds\":180,\"version\":0}"),
			Map.entry("POST /api/processes/{id}/topics", "{\"title\":\"Working methods\"}"),
			Map.entry("DELETE /api/processes/{id}/topics/{topic}", ""),
			Map.entry("POST /api/processes/{id}/mandate",
					"{\"kind\":\"DECISION\",\"symbol\":\"80/501\",\"title\":\"A decision\"}"),
			Map.entry("POST /api/processes/{id}/facilitators",
					"{\"session\":81,\"personName\":\"Jane Doe\",\"role\":\"CO_CHAIR\"}"),
			Map.entry("DELETE /api/processes/{id}/facilitators/{facilitator}", ""),
			Map.entry("POST /api/sessions", "{\"number\":901,\"opensOn\":\"2901-09-01\"}"),
			Map.entry("PUT /api/sessions/{number}/president", "{\"presidentName\":\"Jane Doe\"}"),
			Map.entry("POST /api/accounts",
					"{\"username\":\"new-one\",\"displayName\":\"New\",\"password\":\"long enough password\",\"grants\":[]}"),
			Map.entry("POST /api/accounts/{id}/grants", "{\"role\":\"OBSERVER\"}"),
			Map.entry("POST /api/accounts/{id}/unlock", ""),
			Map.entry("POST /groups", "shortName=Friends+Y&name=Friends&members=BRA"),
			Map.entry("POST /groups/{id}/members", "delegation=JAM"),
			Map.entry("POST /groups/{id}/coordinator", "coordinator=&from=2030-01-01"),
			Map.entry("POST /groups/{id}/members/{code}/leave", ""),
			Map.entry("POST /processes", "shortName=New&name=A+new+process&interventionLimitMinutes=3"),
			Map.entry("POST /processes/{slug}/details",
					"name=Renamed&interventionLimitMinutes=3&noticeDays=10&version=0"),
			Map.entry("POST /processes/{slug}/topics", "title=Working+methods"),
			Map.entry("POST /processes/{slug}/topics/{topic}/remove", ""),
			Map.entry("POST /processes/{slug}/mandate", "kind=DECISION&symbol=80/501&title=A+decision"),
			Map.entry("POST /processes/{slug}/facilitators", "session=81&personName=Jane+Doe&role=CO_CHAIR"),
			Map.entry("POST /processes/{slug}/facilitators/{facilitator}/end", ""),
			Map.entry("POST /sessions", "number=902&opensOn=2902-09-01"),
			Map.entry("POST /sessions/{number}/president", "presidentName=Jane+Doe"),
			Map.entry("POST /admin/accounts",
					"username=new-two&displayName=New&password=long+enough+password&role=OBSERVER"),
			Map.entry("POST /admin/accounts/{id}/grants", "role=OBSERVER"),
			Map.entry("POST /admin/accounts/{id}/grants/revoke", "role=OBSERVER"),
			Map.entry("POST /admin/accounts/{id}/unlock", ""),
			Map.entry("POST /admin/accounts/{id}/enabled", "enabled=false"),
			Map.entry("POST /admin/accounts/{id}/password", "password=long+enough+password"),
			Map.entry("POST /api/processes/{id}/meetings",
					"{\"dates\":[\"2033-05-03\"],\"slots\":[\"MORNING\"],\"format\":\"informal meeting\"}"),
			Map.entry("PUT /api/meetings/{id}",
					"{\"date\":\"2033-05-03\",\"format\":\"informal meeting\",\"version\":0}"),
			Map.entry("POST /api/meetings/{id}/check",
					"{\"date\":\"2033-05-03\",\"format\":\"informal meeting\",\"version\":0}"),
			Map.entry("POST /api/meetings/{id}/postpone", "{\"reason\":\"Spill-over\"}"),
			Map.entry("POST /api/meetings/{id}/cancel", "{\"reason\":\"No longer needed\"}"),
			Map.entry("POST /api/meetings/{id}/confirm", ""), Map.entry("POST /api/meetings/{id}/held", ""),
			Map.entry("POST /api/venues", "{\"name\":\"Room X\",\"shortName\":\"X\",\"capacity\":10}"),
			Map.entry("PUT /api/venues/{id}", "{\"name\":\"Room X\",\"shortName\":\"X\",\"capacity\":10}"),
			Map.entry("POST /api/delegations/{code}/follows", "{\"process\":\"%s\"}"),
			Map.entry("DELETE /api/delegations/{code}/follows/{process}", ""),
			Map.entry("POST /processes/{slug}/meetings",
					"dates=2033-05-03&slot=MORNING&format=informal+meeting&mode=IN_PERSON"),
			Map.entry("POST /meetings/{id}",
					"dates=2033-05-03&slot=MORNING&format=informal+meeting&mode=IN_PERSON&version=0"),
			Map.entry("POST /meetings/{id}/postpone", "reason=Spill-over"),
			Map.entry("POST /meetings/{id}/cancel", "reason=No+longer+needed"),
			Map.entry("POST /meetings/{id}/confirm", ""), Map.entry("POST /meetings/{id}/held", ""),
			Map.entry("POST /venues", "name=Room+X&shortName=X&capacity=10"),
			Map.entry("POST /venues/{id}", "name=Room+X&shortName=X&capacity=10&version=0"),
			Map.entry("POST /delegations/{code}/follows", "process=%s"),
			Map.entry("POST /delegations/{code}/follows/{process}/remove", ""),
			Map.entry("POST /api/letters/extract", "16 February 2018"), Map.entry("POST /api/letters", LETTER),
			Map.entry("PUT /api/letters/{id}", LETTER.replace("}]}", "}],\"version\":0}")),
			Map.entry("POST /api/letters/{id}/sign", ""), Map.entry("POST /api/letters/{id}/circulate", ""),
			Map.entry("POST /api/letters/{id}/correction", ""), Map.entry("POST /letters", LETTER_FORM),
			Map.entry("POST /letters/{id}", LETTER_FORM + "&version=0"), Map.entry("POST /letters/{id}/sign", ""),
			Map.entry("POST /letters/{id}/circulate", ""), Map.entry("POST /letters/{id}/correction", ""),
			Map.entry("POST /letters/imports", ""), Map.entry("POST /api/letters/imports", ""),
			Map.entry("POST /letters/imports/files/{file}", "date=2018-02-13&senders=Jane+Doe"),
			Map.entry("POST /api/letters/imports/files/{file}/confirm",
					"{\"process\":\"%s\",\"date\":\"2018-02-13\",\"senders\":[{\"name\":\"Jane Doe\"}]}"),
			Map.entry("PUT /api/processes/{id}/speakers-rules",
					"{\"order\":\"INSCRIPTION\",\"groupLimitSeconds\":300,\"replyLimitSeconds\":120}"),
			Map.entry("POST /api/meetings/{id}/speakers/{inscription}/statement", "Mr. Chair"),
			Map.entry("POST /meetings/{id}/speakers/{inscription}/statement", ""),
			Map.entry("POST /api/meetings/{id}/speakers/open", ""),
			Map.entry("POST /api/meetings/{id}/speakers/close", ""),
			Map.entry("PUT /api/meetings/{id}/speakers/limits",
					"{\"limitSeconds\":180,\"groupLimitSeconds\":300,\"replyLimitSeconds\":120}"),
			Map.entry("POST /api/meetings/{id}/speakers", "{\"delegation\":\"BRA\"}"),
			Map.entry("DELETE /api/meetings/{id}/speakers/{inscription}", ""),
			Map.entry("POST /api/meetings/{id}/speakers/{inscription}/move", "{\"up\":true,\"reason\":\"Minister\"}"),
			Map.entry("POST /api/meetings/{id}/speakers/{inscription}/absent", ""),
			Map.entry("POST /api/meetings/{id}/speakers/next", ""),
			Map.entry("POST /api/meetings/{id}/speakers/point-of-order", "{\"delegation\":\"BRA\"}"),
			Map.entry("POST /api/meetings/{id}/timer/start", ""), Map.entry("POST /api/meetings/{id}/timer/resume", ""),
			Map.entry("POST /api/meetings/{id}/timer/pause", ""), Map.entry("POST /api/meetings/{id}/timer/stop", ""),
			Map.entry("POST /meetings/{id}/speakers", "delegation=BRA"),
			Map.entry("POST /meetings/{id}/speakers/{inscription}/withdraw", ""),
			Map.entry("POST /meetings/{id}/speakers/{inscription}/absent", ""),
			Map.entry("POST /meetings/{id}/speakers/{inscription}/move", "up=true&reason=Minister"),
			Map.entry("POST /meetings/{id}/speakers/console/{action}", ""),
			Map.entry("POST /meetings/{id}/speakers/point-of-order", "delegation=BRA"),
			Map.entry("POST /meetings/{id}/speakers/limits", "limitMinutes=3&groupLimitMinutes=5&replyLimitMinutes=2"),
			Map.entry("POST /api/models",
					"{\"process\":\"%s\",\"name\":\"A model\",\"submittedBy\":\"BRA\","
							+ "\"revision\":{\"presentedOn\":\"2030-01-01\",\"seats\":[" + SEATS + "]}}"),
			Map.entry("POST /api/models/{id}/revisions", "{\"presentedOn\":\"2031-01-01\",\"seats\":[" + SEATS + "]}"),
			Map.entry("POST /api/processes/{id}/positions",
					"{\"topic\":\"4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f\",\"holder\":\"BRA\",\"text\":\"A position\","
							+ "\"session\":79,\"statedOn\":\"2025-01-01\"}"),
			Map.entry("POST /api/processes/{id}/stances",
					"{\"topic\":\"4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f\",\"label\":\"A stance\"}"),
			Map.entry("POST /processes/{slug}/positions",
					"topic=4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f&holder=BRA&text=A+position&session=79&statedOn=2025-01-01"),
			Map.entry("POST /api/processes/{id}/elements",
					"{\"title\":\"Elements\",\"session\":79,\"dated\":\"2025-01-01\"}"),
			Map.entry("POST /api/processes/{id}/elements/{revision}/elements",
					"{\"topic\":\"4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f\",\"text\":\"An element\"}"),
			Map.entry("PUT /api/processes/{id}/elements/{revision}/elements/{lineage}",
					"{\"topic\":\"4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f\",\"text\":\"An element\"}"),
			Map.entry("DELETE /api/processes/{id}/elements/{revision}/elements/{lineage}", ""),
			Map.entry("POST /api/processes/{id}/elements/{revision}/issue", ""),
			Map.entry("POST /api/processes/{id}/proposals",
					"{\"element\":\"4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f\",\"holder\":\"BRA\",\"change\":\"ADD\","
							+ "\"newText\":\"and more\"}"),
			Map.entry("POST /api/processes/{id}/proposals/{proposal}/decision", "{\"accepted\":false}"),
			Map.entry("POST /processes/{slug}/elements/proposals",
					"element=4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f&holder=BRA&change=ADD&newText=and+more"),
			Map.entry("POST /processes/{slug}/elements", "title=Elements&session=79&dated=2025-01-01"),
			Map.entry("POST /processes/{slug}/elements/{revision}/elements",
					"topic=4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f&text=An+element"),
			Map.entry("POST /processes/{slug}/elements/{revision}/elements/{lineage}",
					"topic=4f1c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f&text=An+element"),
			Map.entry("POST /processes/{slug}/elements/{revision}/elements/{lineage}/remove", ""),
			Map.entry("POST /processes/{slug}/elements/{revision}/issue", ""),
			Map.entry("POST /processes/{slug}/proposals/{proposal}/decision", "accepted=false"),
			Map.entry("POST /processes/{slug}/proposals/{proposal}/withdraw", "confirmed=true"),
			Map.entry("POST /letters/{id}/delete", "confirmed=true"),
			Map.entry("POST /letters/{id}/versions",
					"language=fr&addressees=Tous&salutation=Excellence,&paragraphs=Nous+vous+écrivons."),
			Map.entry("POST /api/letters/{id}/versions",
					"{\"language\":\"fr\",\"addressees\":\"Tous\",\"salutation\":\"Excellence,\","
							+ "\"paragraphs\":[\"Nous vous écrivons.\"]}"),
			Map.entry("POST /models",
					"process=%s&name=A+model&submittedBy=BRA&presentedOn=2030-01-01" + "&seat.NON_PERMANENT.AFRICAN=3"),
			Map.entry("POST /models/{id}/revisions", "presentedOn=2031-01-01&seat.NON_PERMANENT.AFRICAN=3"),
			Map.entry("POST /api/processes/{id}/texts", "{\"title\":\"A text\"}"),
			Map.entry("POST /api/texts/{id}/revisions", "{\"text\":\"1. We commit.\"}"),
			Map.entry("POST /api/texts/{id}/revisions/next", ""), Map.entry("POST /api/revisions/{id}/issue", ""),
			Map.entry("POST /api/revisions/{id}/amendments",
					"{\"paragraph\":\"%p\",\"kind\":\"DELETE_WORDS\",\"oldWords\":\"commit\",\"holder\":\"BRA\"}"),
			Map.entry("POST /api/amendments/{id}/stances", "{\"holder\":\"BRA\",\"stance\":\"SUPPORT\"}"),
			Map.entry("POST /api/amendments/{id}/status", "{\"status\":\"ACCEPTED\"}"),
			Map.entry("POST /processes/{slug}/texts", "title=A+text"),
			Map.entry("POST /texts/{id}/revisions", "text=1.+We+commit."),
			Map.entry("POST /texts/{id}/revisions/next", ""), Map.entry("POST /revisions/{id}/issue", ""),
			Map.entry("POST /revisions/{id}/amendments", "paragraph=%p&kind=DELETE_WORDS&oldWords=commit&holder=BRA"),
			Map.entry("POST /amendments/{id}/stances", "holder=BRA&stance=SUPPORT"),
			Map.entry("POST /amendments/{id}/status", "status=ACCEPTED"),
			Map.entry("POST /amendments/{id}/withdraw", "confirmed=true"), Map.entry("DELETE /api/revisions/{id}", ""),
			Map.entry("POST /revisions/{id}/discard", ""),
			Map.entry("POST /api/revisions/{id}/versions",
					"{\"language\":\"fr\",\"text\":\"1. Nous nous engageons.\"}"),
			Map.entry("POST /revisions/{id}/versions", "language=fr&text=1.+Nous+nous+engageons."),
			Map.entry("POST /revisions/{id}/paragraphs/{lineage}/match", "predecessor="),
			Map.entry("POST /revisions/{id}/paragraphs/{lineage}/text", "text=We+commit."),
			Map.entry("POST /account/second-factor", "code=123456"),
			Map.entry("POST /account/second-factor/off", "password=not+the+password"),
			Map.entry("POST /login/second-factor", "code=123456"), Map.entry("POST /account/password",
					"currentPassword=x&newPassword=long+enough+password&repeatedPassword=long+enough+password"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	Processes processes;

	@Autowired
	Delegations delegations;

	@Autowired
	Accounts allAccounts;

	@Autowired
	Programme programme;

	@Autowired
	Venues venues;

	@Autowired
	Letters letters;

	@Autowired
	Outbox outbox;

	@Autowired
	LetterImports imports;

	@Autowired
	SpeakersLists speakers;

	@Autowired
	ReformModels models;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	org.plenary.positions.Elements elements;

	/** Values for the path variables: the guarded records, created for this test. */
	Map<String, String> variables;

	/**
	 * The id in a path, by the collection it follows: /api/processes/{id}, /groups/{id},
	 * /admin/accounts/{id}.
	 */
	Map<String, String> ids;

	List<String> outsiders;

	/** A paragraph of the guarded text, for the amendments' examples. */
	String paragraph;

	@BeforeAll
	void createTheRecordsAndTheOutsiders() {
		var process = this.processes.create(new NewProcess("Guarded " + UUID.randomUUID().toString().substring(0, 8),
				"A process the outsiders may not touch", null, null), Actors.administrator());
		var otherProcess = this.processes.create(
				new NewProcess("Other " + UUID.randomUUID().toString().substring(0, 8), "Another process", null, null),
				Actors.administrator());
		var group = this.delegations.createGroup(new NewGroup("Guarded " + UUID.randomUUID().toString().substring(0, 8),
				"Friends coordinated by Saint Vincent and the Grenadines", null, null,
				List.of(DelegationCode.of("VCT"), DelegationCode.of("BRA"))), Actors.administrator());
		this.delegations.describeGroup(group.id(), group.name(), null, DelegationCode.of("VCT"),
				Actors.administrator());
		var someone = this.accounts.holding(Grant.of(Role.OBSERVER));
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2033, 5, 3)), List.of(StandardSlot.AFTERNOON),
					null, null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null,
					true, false, null), Actors.administrator())
			.meeting();
		var letter = this.letters.compose(
				new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), null,
						LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", List.of("We write to you."),
						List.of(new Signatory("Jane Doe", null, null)), List.of(), null, List.of()),
				Actors.administrator());
		var upload = this.imports.upload(List.of(new LetterImports.Upload("letter.txt",
				"13 February 2018\n\nExcellency,\n\nWe write to you.\n\nJane Doe\n".getBytes(StandardCharsets.UTF_8))),
				false, Actors.administrator());
		this.speakers.open(meeting.id(), Actors.administrator());
		var inscription = this.speakers
			.inscribe(meeting.id(), "BRA", null, InscriptionKind.STATEMENT, Actors.administrator())
			.statements()
			.get(0)
			.id();
		this.variables = Map.ofEntries(Map.entry("slug", process.slug()), Map.entry("code", "BRA"),
				Map.entry("number", "81"), Map.entry("topic", UUID.randomUUID().toString()),
				Map.entry("facilitator", UUID.randomUUID().toString()), Map.entry("process", process.id().toString()),
				Map.entry("file", upload.files().get(0).id().toString()),
				Map.entry("inscription", inscription.toString()), Map.entry("action", "next"),
				Map.entry("revision", "1"), Map.entry("lineage", UUID.randomUUID().toString()),
				Map.entry("proposal", aProposalOfBrazilIn(process).toString()));
		var model = this.models.submit(new NewModel(process.id(), "Guarded model", "BRA",
				new NewRevision(null, LocalDate.of(2030, 1, 1),
						List.of(new SeatCount(SeatCategory.NON_PERMANENT, SeatRegion.AFRICAN, 3)),
						NewMembersVeto.NOT_STATED, ExistingVeto.NOT_STATED, null, null, ReElection.NOT_STATED, null,
						null, null, null, null, null)),
				Actors.administrator());
		var text = this.texts.create(process.id(), "A guarded text", null, Actors.administrator());
		var revision = this.texts.importRevision(text.id(), null, "1. We commit.", false, Actors.administrator());
		this.texts.issue(revision.id(), LocalDate.of(2033, 1, 1), Actors.administrator());
		this.paragraph = revision.paragraphs().get(0).lineage().toString();
		var amendment = this.texts.table(revision.id(), new TableAmendment(revision.paragraphs().get(0).lineage(),
				AmendmentKind.DELETE_WORDS, "commit", null, null, null, null, "BRA"), Actors.delegateOf("BRA"));
		this.ids = Map.ofEntries(Map.entry("texts", text.id().toString()),
				Map.entry("revisions", revision.id().toString()), Map.entry("amendments", amendment.id().toString()),
				Map.entry("processes", process.id().toString()), Map.entry("groups", group.id().toString()),
				Map.entry("accounts", accountIdOf(someone.username())), Map.entry("meetings", meeting.id().toString()),
				Map.entry("venues", this.venues.venues().get(0).id().toString()),
				Map.entry("letters", letter.id().toString()), Map.entry("models", model.id().toString()),
				Map.entry("outbox", anOutboxMessage()), Map.entry("mail", anOutboxMessage()));
		this.outsiders = List.of(this.accounts.holding(Grant.of(Role.OBSERVER)).username(),
				this.accounts.holding(Grant.delegateOf("MEX")).username(),
				this.accounts.holding(Grant.facilitatorOf(otherProcess.id().value())).username());
	}

	@Test
	void letsTheFacilitatorOfTheProcessThroughTheSameRoutes() throws Exception {
		var slug = this.variables.get("slug");
		var process = this.processes.process(slug);
		var facilitator = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var page = this.mvc
			.perform(requestFor("POST /processes/{slug}/topics").with(csrf())
				.with(user(this.users.loadUserByUsername(facilitator.username()))))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(302);
		var api = this.mvc
			.perform(request(HttpMethod.POST, "/api/processes/" + process.id() + "/topics")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Regional representation\"}")
				.with(facilitator.basic()))
			.andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(201);
		assertThat(this.processes.process(slug).topics()).extracting((t) -> t.title())
			.contains("Working methods", "Regional representation");
	}

	@Test
	void findsTheWriteRoutesOfEveryModule() {
		assertThat(writeRoutes()).contains("POST /api/processes", "POST /groups/{id}/members", "POST /admin/accounts",
				"PUT /api/sessions/{number}/president");
	}

	@Test
	void knowsAValidRequestForEveryWriteRoute() {
		assertThat(writeRoutes()).allSatisfy((route) -> assertThat(EXAMPLES)
			.as("an example request for %s in WriteRoutesSecurityTests.EXAMPLES", route)
			.containsKey(route));
	}

	@TestFactory
	Stream<DynamicTest> refusesAnonymousWrites() {
		return writeRoutes().stream().map((route) -> DynamicTest.dynamicTest(route, () -> {
			var result = this.mvc.perform(requestFor(route).with(csrf())).andReturn().getResponse();
			if (route.contains(" /api/")) {
				assertThat(result.getStatus()).as(route).isEqualTo(401);
				assertThat(result.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			}
			else {
				assertThat(result.getStatus()).as(route).isEqualTo(302);
				assertThat(result.getRedirectedUrl()).as(route).endsWith("/login");
			}
		}));
	}

	@Test
	void letsAFacilitatorOfAnyProcessUploadLettersToImport() throws Exception {
		var facilitator = this.outsiders.get(2);
		var result = this.mvc.perform(multipart("/api/letters/imports")
			.file(new MockMultipartFile("files", "letter.txt", "text/plain",
					"13 February 2018\n\nExcellency,\n\nWe write.".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())
			.with(user(this.users.loadUserByUsername(facilitator)))).andReturn().getResponse();
		assertThat(result.getStatus()).as(result.getContentAsString()).isEqualTo(202);
	}

	@TestFactory
	Stream<DynamicTest> refusesWritesByOutsiders() {
		return writeRoutes().stream()
			.filter((route) -> !OPEN_TO_EVERY_ACCOUNT.contains(route))
			.flatMap((route) -> this.outsiders.stream()
				.filter((outsider) -> !OPEN_TO_EVERY_FACILITATOR.contains(route)
						|| !outsider.equals(this.outsiders.get(2)))
				.map((outsider) -> DynamicTest.dynamicTest(route + " by " + outsider, () -> {
					var result = this.mvc
						.perform(requestFor(route).with(csrf()).with(user(this.users.loadUserByUsername(outsider))))
						.andReturn()
						.getResponse();
					assertThat(result.getStatus()).as(route + " by " + outsider + ": " + result.getContentAsString())
						.isEqualTo(403);
				})));
	}

	/**
	 * A proposal of Brazil's to the issued Elements of the process: only Brazil withdraws
	 * it.
	 */
	private UUID aProposalOfBrazilIn(org.plenary.process.ProcessView process) {
		var topic = this.processes.addTopic(process.id(), "Guarded topic", Actors.administrator()).topics().get(0);
		this.elements.draft(process.id(), "Guarded Elements", 79, LocalDate.of(2025, 1, 1), Actors.administrator());
		this.elements.add(process.id(), 1, new org.plenary.positions.NewElement(topic.id(),
				org.plenary.positions.ElementKind.COMMONALITY, "Expansion in both categories", List.of(), List.of()),
				null, Actors.administrator());
		var issued = this.elements.issue(process.id(), 1, Actors.administrator());
		var lineage = issued.clusters().get(0).elements().get(0).lineage();
		return this.elements
			.propose(process.id(), lineage,
					new org.plenary.positions.ProposeChange("BRA", org.plenary.positions.ProposedChange.ADD, null,
							"and more", null),
					Actors.delegateOf("BRA"))
			.id();
	}

	private List<String> writeRoutes() {
		var routes = new TreeSet<String>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.plenary")) {
				return;
			}
			for (var method : info.getMethodsCondition().getMethods()) {
				if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS) {
					continue;
				}
				for (var pattern : info.getPatternValues()) {
					if (!OPEN_TO_EVERYONE.contains(method.name() + " " + pattern)) {
						routes.add(method.name() + " " + pattern);
					}
				}
			}
		});
		return new ArrayList<>(routes);
	}

	private MockHttpServletRequestBuilder requestFor(String route) {
		var method = route.substring(0, route.indexOf(' '));
		var pattern = route.substring(route.indexOf(' ') + 1);
		var path = pattern.contains("{id}") ? pattern.replace("{id}", idFor(pattern)) : pattern;
		for (var variable : this.variables.entrySet()) {
			path = path.replace("{" + variable.getKey() + "}", variable.getValue());
		}
		var builder = request(HttpMethod.valueOf(method), path);
		var example = EXAMPLES.getOrDefault(route, "")
			.replace("%s", this.variables.get("process"))
			.replace("%p", this.paragraph);
		if (pattern.startsWith("/api/")) {
			return builder.contentType(MediaType.APPLICATION_JSON).content(example.isEmpty() ? "{}" : example);
		}
		// Confirmed, as after the question an action that cannot be undone asks first.
		return builder.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(example.isEmpty() ? "confirmed=true" : example + "&confirmed=true");
	}

	private String idFor(String pattern) {
		return this.ids.entrySet()
			.stream()
			.filter((e) -> pattern.contains("/" + e.getKey() + "/{id}"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No id known for " + pattern));
	}

	/** A message of the outbox: the demo's letters were circulated to every mission. */
	private String anOutboxMessage() {
		return this.outbox.messages(null, 1, Actors.administrator()).get(0).id().toString();
	}

	private String accountIdOf(String username) {
		return this.allAccounts.all(Actors.administrator())
			.stream()
			.filter((a) -> a.username().equals(username))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
	}

}
