package org.plenary.schedule.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.plenary.schedule.Programme;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The daily journal across all processes, like the Journal of the United Nations.
 */
@Controller
class JournalController {

	private final Programme programme;

	private final Clock clock;

	JournalController(Programme programme, Clock clock) {
		this.programme = programme;
		this.clock = clock;
	}

	@GetMapping("/journal")
	String journal(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			Model model) {
		var day = date == null ? LocalDate.now(this.clock) : date;
		model.addAttribute("day", day);
		model.addAttribute("meetings", this.programme.journal(day));
		model.addAttribute("previousDay", day.minusDays(1));
		model.addAttribute("nextDay", day.plusDays(1));
		return "schedule/journal";
	}

}
