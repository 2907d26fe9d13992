package org.plenary.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Signatory;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.NewGroup;
import org.plenary.identity.Actors;
import org.plenary.positions.Composition;
import org.plenary.positions.ElementKind;
import org.plenary.positions.Elements;
import org.plenary.positions.ExistingVeto;
import org.plenary.positions.NewElement;
import org.plenary.positions.NewMembersVeto;
import org.plenary.positions.NewModel;
import org.plenary.positions.NewRevision;
import org.plenary.positions.Positions;
import org.plenary.positions.ReElection;
import org.plenary.positions.ReformModels;
import org.plenary.positions.SourceKind;
import org.plenary.positions.StatePosition;
import org.plenary.process.Appointment;
import org.plenary.process.FacilitatorRole;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.schedule.Venues;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.SpeakersLists;
import org.plenary.text.AmendmentKind;
import org.plenary.text.NegotiatedTexts;
import org.plenary.text.TableAmendment;

/**
 * A process in which everything anyone may write carries markup that would act if a page
 * carried it as markup: its name, topics, facilitators, a room, a meeting's agenda, a
 * letter, a statement, a position, a model, the Elements, a negotiated text with an
 * amendment, a group of States. The pages that show each record are given in
 * {@link #paths()}.
 */
record HostileWorld(Map<String, String> paths) {

	/** Scripts, an image that runs code, and every attribute htmx acts on. */
	static final String MARKUP = "<script>pwn()</script><img src=x onerror=pwn()>"
			+ "<b hx-post=\"/pwn\" hx-get=\"/pwn\" hx-put=\"/pwn\" hx-patch=\"/pwn\" hx-delete=\"/pwn\" "
			+ "hx-trigger=\"load\" hx-target=\"body\" hx-swap=\"outerHTML\" hx-vals='{\"role\":\"ADMINISTRATOR\"}' "
			+ "hx-headers='{\"X-Pwn\":\"1\"}' hx-include=\"*\" hx-boost=\"true\" hx-on:htmx:load=\"pwn()\" "
			+ "hx-on::after-request=\"pwn()\">x</b><a href=\"javascript:pwn()\">y</a><svg onload=pwn()>"
			+ "<iframe srcdoc=\"<script>pwn()</script>\"></iframe>";

	/** The same, short enough for a name. */
	static final String SHORT = "<b hx-post=\"/pwn\" hx-trigger=\"load\"><script>pwn()</script>";

	/** What a page would hold if any of the markup went through. */
	static final List<String> ACTIVE = List.of("<script>pwn", "<img src=x", "<b hx-", "<a href=\"javascript",
			"hx-post=\"/pwn", "hx-trigger=\"load", "hx-on:htmx:load=\"", "hx-vals='{\"role", "<svg onload", "<iframe");

	static HostileWorld make(Processes processes, Programme programme, Venues venues, Letters letters,
			SpeakersLists speakers, Positions positions, ReformModels models, Elements elements, NegotiatedTexts texts,
			Delegations delegations) {
		var admin = Actors.administrator();
		var tag = UUID.randomUUID().toString().substring(0, 6);
		var process = processes.create(new NewProcess("H" + tag + " <script>pwn()</script>", "Hostile " + SHORT,
				"Described as " + MARKUP, null), admin);
		process = processes.addTopic(process.id(), "Topic " + SHORT, admin);
		process = processes.appoint(process.id(), new Appointment(80, "Jane " + SHORT, "Ambassador " + SHORT,
				FacilitatorRole.CO_FACILITATOR, "MEX", LocalDate.of(2025, 10, 1)), admin);
		var topic = process.topics().get(0).id();
		var room = venues.add("Room " + tag + " " + SHORT, "R" + tag, 100, true, null, admin);
		var meeting = programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2036, 3, 6)), List.of(StandardSlot.MORNING), null,
					null, "informal " + SHORT, room.id(), MeetingMode.IN_PERSON, List.of(topic), "Agenda " + MARKUP,
					"Note " + MARKUP, "Series " + SHORT, null, true, true, null), admin)
			.meeting()
			.id();
		var group = delegations.createGroup(new NewGroup("G" + tag + "<script>pwn()</script>", "Group " + SHORT,
				"About " + MARKUP, "Source " + MARKUP, List.of(DelegationCode.of("MEX"), DelegationCode.of("BRA"))),
				admin);
		speakers.open(meeting, admin);
		var inscription = speakers.inscribe(meeting, "MEX", group.shortName(), InscriptionKind.STATEMENT, admin)
			.statements()
			.get(0)
			.id();
		speakers.attach(meeting, inscription, "mexico " + SHORT + ".txt",
				("Mexico " + MARKUP).getBytes(StandardCharsets.UTF_8), admin);
		speakers.next(meeting, admin);
		speakers.stop(meeting, admin);

		var draft = new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13),
				"New York " + SHORT, LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency, " + SHORT,
				List.of(MARKUP, "We write on " + MARKUP),
				List.of(new Signatory("Jane " + SHORT, "Envoy " + SHORT, null)), List.of(), null, List.of());
		var letter = letters.archive(draft, admin);
		var unsent = letters.compose(draft, admin);

		positions.state(new StatePosition(process.id(), topic, "BRA", null, "Brazil again " + MARKUP, 79,
				SourceKind.MEETING, null, LocalDate.of(2024, 11, 1), true), Actors.delegateOf("BRA"));
		positions.state(new StatePosition(process.id(), topic, "BRA", null, "Brazil " + MARKUP, 80, SourceKind.MEETING,
				null, LocalDate.of(2025, 11, 1), true), Actors.delegateOf("BRA"));
		var model = models.submit(new NewModel(process.id(), "Model " + SHORT, "BRA",
				new NewRevision(null, LocalDate.of(2025, 11, 2), Composition.TODAY.counts(), NewMembersVeto.NOT_STATED,
						ExistingVeto.KEEP, null, null, ReElection.NOT_STATED, null, null, null, "Note " + MARKUP, null,
						null)),
				admin);

		elements.draft(process.id(), "Elements " + SHORT, 80, LocalDate.of(2025, 11, 3), admin);
		elements.add(process.id(), 1,
				new NewElement(topic, ElementKind.COMMONALITY, "Element " + MARKUP, List.of(), List.of()), null, admin);
		elements.issue(process.id(), 1, admin);
		elements.draft(process.id(), "Elements again " + SHORT, 80, LocalDate.of(2025, 12, 3), admin);
		elements.add(process.id(), 2,
				new NewElement(topic, ElementKind.COMMONALITY, "Element changed " + MARKUP, List.of(), List.of()), null,
				admin);
		elements.issue(process.id(), 2, admin);

		var text = texts.create(process.id(), "Text " + SHORT, "A/" + tag, admin);
		var zero = texts.importRevision(text.id(), "Zero " + SHORT, "Part " + SHORT + "\n1. We commit to "
				+ MARKUP.replace("\n", " ") + " and to share data.\n2. We agree " + SHORT + ".", false, admin);
		zero = texts.issue(zero.id(), LocalDate.of(2025, 11, 4), admin);
		var first = zero.paragraphs().stream().filter((p) -> p.number().equals("1.")).findFirst().orElseThrow();
		texts.table(zero.id(), new TableAmendment(first.lineage(), AmendmentKind.REPLACE_WORDS, "share data", null,
				"share " + SHORT, null, "Because " + MARKUP, "BRA"), Actors.delegateOf("BRA"));
		var rev1 = texts.importRevision(text.id(), "Rev " + SHORT, "Part " + SHORT + "\n1. We commit to "
				+ MARKUP.replace("\n", " ") + " and to share more data.\n2. We agree " + SHORT + " now.", false, admin);
		rev1 = texts.issue(rev1.id(), LocalDate.of(2025, 12, 4), admin);

		var paths = new HashMap<String, String>();
		var slug = "/processes/" + process.slug();
		paths.put("/processes/{slug}", slug);
		paths.put("/processes/{slug}/positions", slug + "/positions?delegation=BRA&session=80&compareWith=79");
		paths.put("/processes/{slug}/elements/compare", slug + "/elements/compare?from=1&to=2");
		paths.put("/meetings/{id}", "/meetings/" + meeting);
		paths.put("/meetings/{id}/speakers/{inscription}/statement",
				"/meetings/" + meeting + "/speakers/" + inscription + "/statement");
		paths.put("/letters/{id}", "/letters/" + letter.id());
		paths.put("/letters/{id}/edit", "/letters/" + unsent.id() + "/edit");
		paths.put("/letters/{id}/versions/new", "/letters/" + unsent.id() + "/versions/new?language=fr");
		paths.put("/letters/new", "/letters/new?process=" + process.slug());
		paths.put("/models/{id}", "/models/" + model.id());
		paths.put("/models/{id}/revise", "/models/" + model.id() + "/revise");
		paths.put("/models/compare", "/models/compare?ids=today," + model.id());
		paths.put("/revisions/{id}", "/revisions/" + zero.id());
		paths.put("/revisions/{id}/compilation", "/revisions/" + zero.id() + "/compilation");
		paths.put("/revisions/{from}/compare/{to}", "/revisions/" + zero.id() + "/compare/" + rev1.id());
		paths.put("/texts/{text}/paragraphs/{lineage}", "/texts/" + text.id() + "/paragraphs/" + first.lineage());
		paths.put("/groups/{id}", "/groups/" + group.id());
		paths.put("/search", "/search?q=pwn");
		return new HostileWorld(paths);
	}

}
