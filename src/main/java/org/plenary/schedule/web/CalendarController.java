package org.plenary.schedule.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Programme;
import org.plenary.schedule.calendar.CalendarFeed;
import org.plenary.identity.LanguageChoice;
import org.plenary.system.DocumentWords;
import org.plenary.system.Language;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Calendar feeds to subscribe to: a process's meetings, a delegation's followed
 * processes, the journal. Each answers 304 Not Modified to a client that already has the
 * latest (ETag and Last-Modified from the last change), so calendar clients can poll
 * cheaply.
 */
@RestController
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final Programme programme;

	private final Processes processes;

	private final Delegations delegations;

	private final CalendarFeed feed;

	private final Clock clock;

	CalendarController(Programme programme, Processes processes, Delegations delegations, CalendarFeed feed,
			Clock clock) {
		this.programme = programme;
		this.processes = processes;
		this.delegations = delegations;
		this.feed = feed;
		this.clock = clock;
	}

	@GetMapping("/api/processes/{id}/calendar.ics")
	@Nullable ResponseEntity<String> process(@PathVariable ProcessId id, @RequestParam(required = false) @Nullable String lang,
			WebRequest request) {
		var language = language(lang, request);
		var process = this.processes.process(id);
		return answer(request, "process-" + id + "-" + process.version() + "-" + language.tag(),
				this.programme.lastChange(id).orElse(null),
				() -> this.feed.write(process.shortName() + " — Plenary", this.programme.meetingsOf(id), language));
	}

	@GetMapping("/api/delegations/{code}/calendar.ics")
	@Nullable ResponseEntity<String> delegation(@PathVariable String code, @RequestParam(required = false) @Nullable String lang,
			WebRequest request) {
		var language = language(lang, request);
		var delegation = this.delegations.delegation(DelegationCode.of(code));
		List<MeetingView> meetings = this.programme.followedMeetings(delegation.code());
		// What a delegation follows changes without a meeting changing: the list of
		// meetings is part of the tag.
		var tag = "delegation-" + delegation.code() + "-" + language.tag() + "-"
				+ meetings.stream().map((m) -> m.id() + ":" + m.sequence()).toList().hashCode();
		return answer(request, tag, this.programme.lastChange(null).orElse(null),
				() -> this.feed.write(delegation.name() + " — Plenary", meetings, language));
	}

	/** The journal from a month ago to a year ahead, across all processes. */
	@GetMapping("/api/journal/calendar.ics")
	@Nullable ResponseEntity<String> journal(@RequestParam(required = false) @Nullable String lang, WebRequest request) {
		var language = language(lang, request);
		var today = LocalDate.now(this.clock);
		return answer(request, "journal-" + today + "-" + language.tag(), this.programme.lastChange(null).orElse(null),
				() -> this.feed.write(DocumentWords.of(language).get("documents.calendar.journal") + " — Plenary",
						this.programme.between(today.minusMonths(1), today.plusYears(1)), language));
	}

	/**
	 * The feed's language: {@code lang}, else the best of the six in the calendar
	 * client's {@code Accept-Language} (the API's pages otherwise speak English), else
	 * English.
	 */
	private static Language language(@Nullable String lang, WebRequest request) {
		if (lang != null && !lang.isBlank()) {
			return DocumentWords.language(lang, null);
		}
		return clientsLanguage(request.getHeader("Accept-Language"));
	}

	/**
	 * A feed's language without {@code lang}: the best of the six in the calendar
	 * client's {@code Accept-Language}, else English. (The rest of the API speaks
	 * English.)
	 */
	static Language clientsLanguage(@Nullable String acceptLanguage) {
		return LanguageChoice.bestOf(acceptLanguage).orElse(Language.ENGLISH);
	}

	private static @Nullable ResponseEntity<String> answer(WebRequest request, String tag, @Nullable Instant lastChange,
			Supplier<String> body) {
		var etag = "\"" + Integer.toHexString((tag + "@" + lastChange).hashCode()) + "\"";
		var lastModified = lastChange == null ? -1 : lastChange.toEpochMilli();
		if (request.checkNotModified(etag, lastModified)) {
			return null;
		}
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noCache())
			.eTag(etag)
			.lastModified(lastModified)
			.body(body.get());
	}

}
