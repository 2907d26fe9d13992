package org.plenary.schedule.web;

import java.util.List;

import org.plenary.process.Processes;
import org.plenary.process.Sessions;
import org.plenary.schedule.Programme;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the session open today, the processes led in it, the next meetings
 * across all processes, and every process of the register.
 */
@Controller
class HomeController {

	static final int NEXT_MEETINGS = 8;

	private final Processes processes;

	private final Sessions sessions;

	private final Programme programme;

	HomeController(Processes processes, Sessions sessions, Programme programme) {
		this.processes = processes;
		this.sessions = sessions;
		this.programme = programme;
	}

	@GetMapping("/")
	String home(Model model) {
		var current = this.sessions.current();
		var all = this.processes.processes();
		model.addAttribute("currentSession", current.orElse(null));
		model.addAttribute("activeProcesses",
				current.map(
						(session) -> all.stream().filter((p) -> !p.facilitatorsOf(session.number()).isEmpty()).toList())
					.orElse(List.of()));
		model.addAttribute("processes", all);
		model.addAttribute("nextMeetings", this.programme.upcoming(NEXT_MEETINGS));
		return "schedule/home";
	}

}
