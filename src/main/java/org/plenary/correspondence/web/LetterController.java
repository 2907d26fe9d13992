package org.plenary.correspondence.web;

import java.util.HashMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.Letters;
import org.plenary.identity.Actor;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The letters as pages: the list a person may read, optionally of one process, and one
 * letter laid out as it was written — letterhead, dateline, addressees, paragraphs,
 * closing, signatories and the programme it carries.
 */
@Controller
class LetterController {

	private final Letters letters;

	private final Processes processes;

	LetterController(Letters letters, Processes processes) {
		this.letters = letters;
		this.processes = processes;
	}

	@GetMapping("/letters")
	String letters(@RequestParam(required = false) @Nullable String process, Actor actor, Model model) {
		var chosen = process == null || process.isBlank() ? null : this.processes.process(process);
		var shown = this.letters.letters(chosen == null ? null : chosen.id(), actor);
		var names = new HashMap<UUID, ProcessView>();
		shown.stream()
			.map(LetterView::process)
			.filter((id) -> id != null)
			.distinct()
			.forEach((id) -> names.put(id, this.processes.process(new ProcessId(id))));
		model.addAttribute("letters", shown);
		model.addAttribute("processes", names);
		model.addAttribute("process", chosen);
		return "correspondence/letters";
	}

	@GetMapping("/letters/{id}")
	String letter(@PathVariable LetterId id, Actor actor, Model model) {
		var letter = this.letters.letter(id, actor);
		model.addAttribute("letter", letter);
		model.addAttribute("process",
				letter.process() == null ? null : this.processes.process(new ProcessId(letter.process())));
		model.addAttribute("enclosure", letter.enclosure() == null ? null : readable(letter.enclosure(), actor));
		model.addAttribute("corrects", letter.corrects() == null ? null : readable(letter.corrects(), actor));
		return "correspondence/letter";
	}

	private @Nullable LetterView readable(LetterId id, Actor actor) {
		try {
			return this.letters.letter(id, actor);
		}
		catch (org.plenary.correspondence.LetterNotFound ex) {
			return null;
		}
	}

}
