package org.plenary.schedule.web;

import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.schedule.Programme;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A delegation's calendar: the processes it follows, which its delegates choose, and the
 * feed that carries their meetings.
 */
@Controller
class FollowController {

	private final Programme programme;

	private final Processes processes;

	private final Delegations delegations;

	FollowController(Programme programme, Processes processes, Delegations delegations) {
		this.programme = programme;
		this.processes = processes;
		this.delegations = delegations;
	}

	@GetMapping("/delegations/{code}/calendar")
	String calendar(@PathVariable String code, Actor actor, Model model) {
		var delegation = this.delegations.delegation(DelegationCode.of(code));
		var followed = this.programme.followedBy(delegation.code());
		model.addAttribute("delegation", delegation);
		model.addAttribute("processes", this.processes.processes());
		model.addAttribute("followed", followed);
		model.addAttribute("meetings", this.programme.followedMeetings(delegation.code()));
		model.addAttribute("mayChoose", actor.actsFor(delegation.code().value()) || actor.keepsTheRegister());
		return "schedule/delegation-calendar";
	}

	@PostMapping("/delegations/{code}/follows")
	String follow(@PathVariable String code, @RequestParam ProcessId process, Actor actor,
			RedirectAttributes redirect) {
		this.programme.follow(DelegationCode.of(code), process, actor);
		redirect.addFlashAttribute("notice", "saved");
		return "redirect:/delegations/" + code + "/calendar";
	}

	@PostMapping("/delegations/{code}/follows/{process}/remove")
	String unfollow(@PathVariable String code, @PathVariable ProcessId process, Actor actor,
			RedirectAttributes redirect) {
		this.programme.unfollow(DelegationCode.of(code), process, actor);
		redirect.addFlashAttribute("notice", "saved");
		return "redirect:/delegations/" + code + "/calendar";
	}

}
