package org.plenary.schedule.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Programme;
import org.plenary.schedule.ProgrammeTable;
import org.plenary.schedule.print.ProgrammePrint;
import org.plenary.system.DocumentWords;
import org.plenary.system.Downloads;
import org.plenary.system.InvalidValue;
import org.plenary.system.Language;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A process's programme of work for a session: as the seeds' table, as a month or a week
 * calendar, with what changed since a date; printed as PDF and DOCX.
 */
@Controller
class ProgrammeController {

	private final Programme programme;

	private final Processes processes;

	private final ProgrammePrint print;

	ProgrammeController(Programme programme, Processes processes, ProgrammePrint print) {
		this.programme = programme;
		this.processes = processes;
		this.print = print;
	}

	@GetMapping("/processes/{slug}/programme")
	String programme(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer session,
			@RequestParam(defaultValue = "table") String view, @RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate week,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate since,
			Actor actor, Locale locale, Model model) {
		var process = this.processes.process(slug);
		var programme = this.programme.programmeOfWork(process.id(), session);
		model.addAttribute("programme", programme);
		model.addAttribute("table", ProgrammeTable.of(programme.meetings(), Language.of(locale)));
		model.addAttribute("sessions", programme.sessions());
		model.addAttribute("mayPlan", actor.mayRun(process.id().value()));
		model.addAttribute("view", view);
		var anchor = firstDayOf(programme.meetings());
		if (view.equals("month")) {
			var shown = parseMonth(month, anchor);
			model.addAttribute("month", CalendarMonth.of(shown, this.programme.meetingsOf(process.id())));
			model.addAttribute("previousMonth", shown.minusMonths(1));
			model.addAttribute("nextMonth", shown.plusMonths(1));
		}
		else if (view.equals("week")) {
			var shown = week == null ? anchor : week;
			model.addAttribute("week", CalendarMonth.week(shown, this.programme.meetingsOf(process.id())));
			model.addAttribute("previousWeek", shown.minusWeeks(1));
			model.addAttribute("nextWeek", shown.plusWeeks(1));
		}
		if (since != null) {
			model.addAttribute("since", since);
			model.addAttribute("changes", this.programme.changesSince(process.id(), since));
		}
		return "schedule/programme";
	}

	@GetMapping("/processes/{slug}/programme.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer session,
			@RequestParam(required = false) @Nullable String lang, Locale locale) {
		var language = DocumentWords.language(lang, locale);
		var programme = this.programme.programmeOfWork(this.processes.process(slug).id(), session);
		return Downloads.attachment(this.print.pdf(programme, language), MediaType.APPLICATION_PDF,
				fileName(slug, programme) + DocumentWords.fileSuffix(language) + ".pdf");
	}

	@GetMapping("/processes/{slug}/programme.docx")
	ResponseEntity<byte[]> docx(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer session,
			@RequestParam(required = false) @Nullable String lang, Locale locale) {
		var language = DocumentWords.language(lang, locale);
		var programme = this.programme.programmeOfWork(this.processes.process(slug).id(), session);
		return Downloads.attachment(this.print.docx(programme, language), Downloads.DOCX,
				fileName(slug, programme) + DocumentWords.fileSuffix(language) + ".docx");
	}

	private static String fileName(String slug, org.plenary.schedule.ProgrammeOfWork programme) {
		return "programme-of-work-" + slug + (programme.session() == null ? "" : "-" + programme.session().number());
	}

	private static LocalDate firstDayOf(java.util.List<MeetingView> meetings) {
		return meetings.isEmpty() ? LocalDate.now(java.time.ZoneId.of("America/New_York"))
				: meetings.get(0).slot().heldOn();
	}

	private static YearMonth parseMonth(@Nullable String month, LocalDate anchor) {
		if (month == null || month.isBlank()) {
			return YearMonth.from(anchor);
		}
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidValue("A month is written 2024-11: " + month, "refusal.schedule.monthFormat", month);
		}
	}

}
