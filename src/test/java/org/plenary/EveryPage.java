package org.plenary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.plenary.correspondence.ImportBatchView;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterImports;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.Letters;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Accounts;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.mail.Outbox;
import org.plenary.positions.ReformModels;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.SpeakersLists;
import org.plenary.text.NegotiatedTexts;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the application maps, read from Spring's handler mappings so that a new page
 * cannot escape the sweeps, each with real records to show: the demo data's, and a few
 * made here once (a delivered statement, a letter import, a draft letter).
 */
@Component
public class EveryPage {

	private final RequestMappingHandlerMapping mappings;

	private final Processes processes;

	private final Programme programme;

	private final Accounts accounts;

	private final Letters letters;

	private final ReformModels models;

	private final NegotiatedTexts texts;

	private final SpeakersLists speakers;

	private final LetterImports imports;

	private final Delegations delegations;

	private final Outbox outbox;

	private Map<String, String> values;

	EveryPage(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings, Processes processes,
			Programme programme, Accounts accounts, Letters letters, ReformModels models, NegotiatedTexts texts,
			SpeakersLists speakers, LetterImports imports, Delegations delegations, Outbox outbox) {
		this.outbox = outbox;
		this.mappings = mappings;
		this.processes = processes;
		this.programme = programme;
		this.accounts = accounts;
		this.letters = letters;
		this.models = models;
		this.texts = texts;
		this.speakers = speakers;
		this.imports = imports;
		this.delegations = delegations;
	}

	/**
	 * The pattern of every page: GET routes of the page controllers that render a view.
	 */
	public List<String> patterns() {
		var pages = new TreeSet<String>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			var isPage = handler.getBeanType().getPackageName().startsWith("org.plenary")
					&& !handler.getBeanType().isAnnotationPresent(RestController.class)
					&& !handler.getMethod().getReturnType().equals(ResponseEntity.class);
			if (isPage && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				pages.addAll(info.getPatternValues());
			}
		});
		return pages.stream().toList();
	}

	/**
	 * A path for the pattern that shows the records given (by the longest pattern that
	 * begins it), or else real records of the demo's.
	 */
	public String pathOf(String pattern, Map<String, String> records) {
		var given = records.entrySet()
			.stream()
			.filter((record) -> pattern.startsWith(record.getKey()))
			.max(Comparator.comparing((Map.Entry<String, String> record) -> record.getKey().length()));
		return given.map((record) -> record.getValue() + pattern.substring(record.getKey().length()))
			.filter((path) -> !path.contains("{"))
			.orElseGet(() -> pathOf(pattern));
	}

	/** A path that shows real records for the pattern. */
	public synchronized String pathOf(String pattern) {
		if (this.values == null) {
			this.values = findRecordsToShow();
		}
		if (pattern.startsWith("/groups/{id}")) {
			return "/groups/" + this.delegations.groupNamed("G4").orElseThrow().id()
					+ pattern.substring("/groups/{id}".length());
		}
		var path = pattern;
		var mostSpecificFirst = this.values.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
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

	private Map<String, String> findRecordsToShow() {
		var ign = this.processes.process("ign");
		var meeting = this.programme.programmeOfWork(ign.id(), 79).meetings().get(0);
		var admin = this.accounts.all(Actors.administrator())
			.stream()
			.filter((a) -> a.username().equals("admin"))
			.findFirst()
			.orElseThrow();
		var values = new HashMap<String, String>();
		values.put("/processes/{slug}", "/processes/ign");
		values.put("/delegations/{code}", "/delegations/MEX");
		values.put("/sessions/{number}", "/sessions/72");
		values.put("/meetings/{id}", "/meetings/" + meeting.id());
		values.put("/admin/accounts/{id}", "/admin/accounts/" + admin.id());
		values.put("/admin/mail/{id}",
				"/admin/mail/" + this.outbox.messages(null, 1, Actors.administrator()).get(0).id());
		values.put("/letters/{id}", "/letters/" + this.letters.letters(null, Actor.anonymous()).get(0).id());
		values.put("/letters/{id}/edit", "/letters/" + aDraft() + "/edit");
		values.put("/letters/{id}/versions/new", "/letters/" + aDraft() + "/versions/new?language=fr");
		values.put("/letters/new", "/letters/new?process=ign");
		values.put("/meetings/{id}/speakers/{inscription}/statement", aDeliveredStatement());
		values.put("/processes/{slug}/positions", "/processes/ign/positions?delegation=BRA&session=79&compareWith=78");
		values.put("/processes/{slug}/elements/compare", "/processes/ign/elements/compare?from=1&to=2");
		var model = this.models.models(null).get(0).id();
		values.put("/models/{id}/revise", "/models/" + model + "/revise");
		var gcmText = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var zero = gcmText.revisions().get(0).id();
		var rev1 = gcmText.revisions().get(1).id();
		values.put("/revisions/{id}", "/revisions/" + zero);
		values.put("/revisions/{id}/compilation", "/revisions/" + rev1 + "/compilation?delegation=HUN");
		values.put("/revisions/{from}/compare/{to}", "/revisions/" + zero + "/compare/" + rev1);
		values.put("/texts/{text}/paragraphs/{lineage}", "/texts/" + gcmText.id() + "/paragraphs/"
				+ this.texts.revision(zero, Actor.anonymous()).paragraphs().get(0).lineage());
		values.put("/models/{id}", "/models/" + model);
		values.put("/models/compare", "/models/compare?ids=today," + model);
		var batch = anImport();
		values.put("/letters/imports/{batch}", "/letters/imports/" + batch.id());
		values.put("/letters/imports/files/{file}", "/letters/imports/files/" + batch.files().get(0).id());
		return values;
	}

	/** A statement Mexico delivered at a meeting of a process made for it: public. */
	private String aDeliveredStatement() {
		var process = this.processes.create(new NewProcess("Pg " + UUID.randomUUID().toString().substring(0, 8),
				"Consultations with statements", null, null), Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2036, 3, 4)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.administrator());
		var inscription = this.speakers
			.inscribe(meeting, "MEX", null, InscriptionKind.STATEMENT, Actors.administrator())
			.statements()
			.get(0)
			.id();
		this.speakers.attach(meeting, inscription, "mexico.txt",
				"Mexico welcomes the zero draft.".getBytes(StandardCharsets.UTF_8), Actors.administrator());
		this.speakers.next(meeting, Actors.administrator());
		this.speakers.stop(meeting, Actors.administrator());
		return "/meetings/" + meeting + "/speakers/" + inscription + "/statement";
	}

	/** Seed 004 uploaded by the administrator, read and waiting for review. */
	private ImportBatchView anImport() {
		try {
			var text = new ClassPathResource("demo/letters/000_7fe24c4cba9f33ed.txt").getContentAsByteArray();
			var batch = this.imports.upload(List.of(new LetterImports.Upload("seed.txt", text),
					new LetterImports.Upload("new.txt",
							"16 February 2018\n\nExcellency,\n\nWe write to you on 20 March."
								.getBytes(StandardCharsets.UTF_8))),
					false, Actors.administrator());
			for (int i = 0; i < 100 && !batch.isDone(); i++) {
				Thread.sleep(50);
				batch = this.imports.batch(batch.id(), Actors.administrator());
			}
			return batch;
		}
		catch (Exception failure) {
			throw new IllegalStateException(failure);
		}
	}

	/** A draft of the IGN's, which only the administrator reads and edits. */
	private String aDraft() {
		var ign = this.processes.process("ign");
		return this.letters
			.compose(new LetterDraft(LetterKind.FACILITATORS, ign.id().value(), LocalDate.of(2034, 2, 13), null,
					LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", List.of("We write."), List.of(),
					List.of(), null, List.of()), Actors.administrator())
			.id()
			.toString();
	}

}
