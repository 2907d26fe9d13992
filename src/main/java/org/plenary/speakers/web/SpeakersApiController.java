package org.plenary.speakers.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.Programme;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.LiveEvents;
import org.plenary.speakers.SpeakersListView;
import org.plenary.speakers.SpeakersReport;
import org.plenary.speakers.SpeakersRulesView;
import org.plenary.speakers.StatementView;
import org.plenary.speakers.SpeakingOrder;
import org.plenary.process.ProcessId;
import org.plenary.speakers.SpeakersLists;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A meeting's speakers list and timer through the API, and its live events as
 * {@code text/event-stream} (each event the floor as it stands, numbered; send
 * {@code Last-Event-ID} to resume, or {@code ?after=} the event a page already shows).
 */
@RestController
class SpeakersApiController {

	private final SpeakersLists speakers;

	private final LiveEvents live;

	private final Programme programme;

	SpeakersApiController(SpeakersLists speakers, LiveEvents live, Programme programme) {
		this.speakers = speakers;
		this.live = live;
		this.programme = programme;
	}

	/**
	 * An inscription: the delegation's code, the group it speaks for, a statement or a
	 * reply.
	 */
	record Inscribe(String delegation, @Nullable String onBehalfOf, @Nullable InscriptionKind kind) {
	}

	record Move(boolean up, String reason) {
	}

	record PointOfOrder(String delegation) {
	}

	record Limits(int limitSeconds, int groupLimitSeconds, int replyLimitSeconds) {
	}

	record Rules(SpeakingOrder order, int groupLimitSeconds, int replyLimitSeconds) {
	}

	@GetMapping("/api/processes/{id}/speakers-rules")
	SpeakersRulesView rules(@PathVariable ProcessId id) {
		return this.speakers.rules(id);
	}

	@PutMapping("/api/processes/{id}/speakers-rules")
	SpeakersRulesView changeRules(@PathVariable ProcessId id, @RequestBody Rules rules, Actor actor) {
		return this.speakers.changeRules(id, rules.order() == null ? SpeakingOrder.GROUPS_FIRST : rules.order(),
				rules.groupLimitSeconds(), rules.replyLimitSeconds(), actor);
	}

	@GetMapping("/api/meetings/{id}/speakers")
	SpeakersListView list(@PathVariable MeetingId id) {
		return this.speakers.list(id);
	}

	/**
	 * Attaches a written statement: a PDF, Word or text file in the multipart field
	 * {@code file}, or the text itself as the body.
	 */
	@PostMapping("/api/meetings/{id}/speakers/{inscription}/statement")
	StatementView attach(@PathVariable MeetingId id, @PathVariable UUID inscription,
			jakarta.servlet.http.HttpServletRequest request, Actor actor) throws java.io.IOException {
		if (request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart
				&& multipart.getFile("file") != null) {
			var file = java.util.Objects.requireNonNull(multipart.getFile("file"));
			return this.speakers.attach(id, inscription,
					file.getOriginalFilename() == null ? "statement" : file.getOriginalFilename(), file.getBytes(),
					actor);
		}
		return this.speakers.attach(id, inscription, "statement.txt", request.getInputStream().readAllBytes(), actor);
	}

	@GetMapping("/api/meetings/{id}/speakers/{inscription}/statement")
	StatementView statement(@PathVariable MeetingId id, @PathVariable UUID inscription, Actor actor) {
		return this.speakers.statement(id, inscription, actor);
	}

	@GetMapping("/api/meetings/{id}/speakers/report")
	SpeakersReport report(@PathVariable MeetingId id) {
		return this.speakers.report(id);
	}

	/** The report as CSV, to open in a spreadsheet. */
	@GetMapping(path = "/api/meetings/{id}/speakers/report.csv", produces = "text/csv")
	org.springframework.http.ResponseEntity<String> reportCsv(@PathVariable MeetingId id) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", "attachment; filename=\"speakers-" + id + ".csv\"")
			.body(this.speakers.report(id).csv());
	}

	@PostMapping("/api/meetings/{id}/speakers/open")
	SpeakersListView open(@PathVariable MeetingId id, Actor actor) {
		return this.speakers.open(id, actor);
	}

	@PostMapping("/api/meetings/{id}/speakers/close")
	SpeakersListView close(@PathVariable MeetingId id, Actor actor) {
		return this.speakers.close(id, actor);
	}

	@PutMapping("/api/meetings/{id}/speakers/limits")
	SpeakersListView limits(@PathVariable MeetingId id, @RequestBody Limits limits, Actor actor) {
		return this.speakers.limits(id, limits.limitSeconds(), limits.groupLimitSeconds(), limits.replyLimitSeconds(),
				actor);
	}

	@PostMapping("/api/meetings/{id}/speakers")
	SpeakersListView inscribe(@PathVariable MeetingId id, @RequestBody Inscribe inscribe, Actor actor) {
		return this.speakers.inscribe(id, inscribe.delegation() == null ? "" : inscribe.delegation(),
				inscribe.onBehalfOf(), inscribe.kind() == null ? InscriptionKind.STATEMENT : inscribe.kind(), actor);
	}

	@DeleteMapping("/api/meetings/{id}/speakers/{inscription}")
	SpeakersListView withdraw(@PathVariable MeetingId id, @PathVariable UUID inscription, Actor actor) {
		return this.speakers.withdraw(id, inscription, actor);
	}

	@PostMapping("/api/meetings/{id}/speakers/{inscription}/move")
	SpeakersListView move(@PathVariable MeetingId id, @PathVariable UUID inscription, @RequestBody Move move,
			Actor actor) {
		return this.speakers.move(id, inscription, move.up(), move.reason() == null ? "" : move.reason(), actor);
	}

	@PostMapping("/api/meetings/{id}/speakers/{inscription}/absent")
	SpeakersListView absent(@PathVariable MeetingId id, @PathVariable UUID inscription, Actor actor) {
		return this.speakers.absent(id, inscription, actor);
	}

	@PostMapping("/api/meetings/{id}/speakers/next")
	SpeakersListView next(@PathVariable MeetingId id, Actor actor) {
		return this.speakers.next(id, actor);
	}

	@PostMapping("/api/meetings/{id}/speakers/point-of-order")
	SpeakersListView pointOfOrder(@PathVariable MeetingId id, @RequestBody PointOfOrder point, Actor actor) {
		return this.speakers.pointOfOrder(id, point.delegation() == null ? "" : point.delegation(), actor);
	}

	@PostMapping("/api/meetings/{id}/timer/start")
	SpeakersListView start(@PathVariable MeetingId id, Actor actor) {
		return this.speakers.start(id, actor);
	}

	@PostMapping("/api/meetings/{id}/timer/resume")
	SpeakersListView resume(@PathVariable MeetingId id, Actor actor) {
		return this.speakers.start(id, actor);
	}

	@PostMapping("/api/meetings/{id}/timer/pause")
	SpeakersListView pause(@PathVariable MeetingId id, Actor actor) {
		return this.speakers.pause(id, actor);
	}

	@PostMapping("/api/meetings/{id}/timer/stop")
	SpeakersListView stop(@PathVariable MeetingId id, Actor actor) {
		return this.speakers.stop(id, actor);
	}

	/** The list's events as they happen, for anyone who may see the meeting. */
	@GetMapping(path = "/api/meetings/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter live(@PathVariable MeetingId id,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(name = "after", required = false) @Nullable Long shown) {
		this.programme.meeting(id);
		Long after = shown;
		if (lastEventId != null && !lastEventId.isBlank()) {
			try {
				after = Long.parseLong(lastEventId.trim());
			}
			catch (NumberFormatException ex) {
				after = null;
			}
		}
		return this.live.connect(id.value(), after);
	}

}
