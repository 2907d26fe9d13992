package org.plenary.process.web;

import org.plenary.process.Processes;
import org.plenary.process.Sessions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the session open today and the processes of the register, those with
 * facilitators in the current session first.
 */
@Controller
class HomeController {

	private final Processes processes;

	private final Sessions sessions;

	HomeController(Processes processes, Sessions sessions) {
		this.processes = processes;
		this.sessions = sessions;
	}

	@GetMapping("/")
	String home(Model model) {
		var current = this.sessions.current();
		var all = this.processes.processes();
		model.addAttribute("currentSession", current.orElse(null));
		model.addAttribute("activeProcesses",
				current.map(
						(session) -> all.stream().filter((p) -> !p.facilitatorsOf(session.number()).isEmpty()).toList())
					.orElse(java.util.List.of()));
		model.addAttribute("processes", all);
		return "process/home";
	}

}
