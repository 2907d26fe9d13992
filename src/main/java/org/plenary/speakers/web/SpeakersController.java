package org.plenary.speakers.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.GroupView;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.Programme;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.LiveEvents;
import org.plenary.speakers.SpeakersLists;
import org.plenary.speakers.SpeakersReport;
import org.plenary.system.DatabaseOutage;
import org.plenary.system.InvalidInput;
import org.plenary.system.Refusal;

import org.plenary.system.Confirms;
import org.plenary.system.Said;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The live meeting as pages: a delegate's view of the list (inscribe, withdraw), the
 * secretariat's console (the floor, the timer, the order, with keyboard shortcuts), and
 * the display for the screen in the room. Each shows the list without JavaScript and
 * follows it live with it. An action that could not be saved says so on the console.
 */
@Controller
class SpeakersController {

	private final SpeakersLists speakers;

	private final Programme programme;

	private final Delegations delegations;

	private final LiveEvents live;

	SpeakersController(SpeakersLists speakers, Programme programme, Delegations delegations, LiveEvents live) {
		this.live = live;
		this.speakers = speakers;
		this.programme = programme;
		this.delegations = delegations;
	}

	@GetMapping("/meetings/{id}/speakers")
	String list(@PathVariable MeetingId id, Actor actor, Model model) {
		var meeting = this.programme.meeting(id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("lastEvent", this.live.lastEventId(id.value()));
		model.addAttribute("list", this.speakers.find(id).orElse(null));
		model.addAttribute("mayRun", this.speakers.mayRun(meeting, actor));
		var own = actor.delegation().orElse(null);
		model.addAttribute("ownDelegation", own);
		// The groups it may speak for: those it coordinates, and those with no
		// coordinator in
		// office.
		model.addAttribute("ownGroups",
				own == null ? List.<GroupView>of()
						: this.delegations.groupsOf(DelegationCode.of(own))
							.stream()
							.filter((g) -> g.coordinator() == null || g.coordinator().value().equals(own))
							.toList());
		return "speakers/list";
	}

	@GetMapping("/meetings/{id}/speakers/room")
	String room(@PathVariable MeetingId id, Actor actor, Model model) {
		var meeting = this.programme.meeting(id);
		model.addAttribute("ownDelegation", actor.delegation().orElse(null));
		model.addAttribute("meeting", meeting);
		model.addAttribute("lastEvent", this.live.lastEventId(id.value()));
		model.addAttribute("list", this.speakers.find(id).orElse(null));
		return "speakers/room";
	}

	@GetMapping("/meetings/{id}/speakers/console")
	String console(@PathVariable MeetingId id, Actor actor, Model model) {
		var meeting = this.programme.meeting(id);
		if (!this.speakers.mayRun(meeting, actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.keepSpeakersList", "keep the speakers list"));
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("lastEvent", this.live.lastEventId(id.value()));
		model.addAttribute("list", this.speakers.find(id).orElse(null));
		model.addAttribute("ownDelegation", actor.delegation().orElse(null));
		model.addAttribute("delegations", this.delegations.delegations(DelegationFilter.all()));
		model.addAttribute("groups", this.delegations.groups());
		return "speakers/console";
	}

	@GetMapping("/meetings/{id}/speakers/{inscription}/statement")
	String statement(@PathVariable MeetingId id, @PathVariable UUID inscription, Actor actor, Model model) {
		model.addAttribute("meeting", this.programme.meeting(id));
		model.addAttribute("statement", this.speakers.statement(id, inscription, actor));
		return "speakers/statement";
	}

	@PostMapping("/meetings/{id}/speakers/{inscription}/statement")
	String attach(@PathVariable MeetingId id, @PathVariable UUID inscription,
			@RequestParam(name = "file",
					required = false) org.springframework.web.multipart.@Nullable MultipartFile file,
			@RequestParam(defaultValue = "false") boolean console, Actor actor, RedirectAttributes redirect) {
		return act(id, console, redirect, () -> {
			try {
				// An empty or missing file is refused by the service, after it checked
				// who asks.
				return this.speakers.attach(id, inscription,
						file == null || file.getOriginalFilename() == null ? "statement" : file.getOriginalFilename(),
						file == null ? new byte[0] : file.getBytes(), actor);
			}
			catch (java.io.IOException ex) {
				throw new InvalidInput("file", "The file could not be received; try again.",
						"refusal.speakers.fileNotReceived");
			}
		});
	}

	@GetMapping("/meetings/{id}/speakers/report")
	String report(@PathVariable MeetingId id, Model model) {
		model.addAttribute("meeting", this.programme.meeting(id));
		model.addAttribute("report", this.speakers.find(id).map(SpeakersReport::of).orElse(null));
		return "speakers/report";
	}

	/**
	 * The part of a page that follows the list live: fetched again at each of its events.
	 */
	@GetMapping("/meetings/{id}/speakers/region")
	String region(@PathVariable MeetingId id, @RequestParam(defaultValue = "list") String view, Actor actor,
			Model model) {
		var meeting = this.programme.meeting(id);
		if (view.equals("console") && !this.speakers.mayRun(meeting, actor)) {
			throw new NotPermitted(actor, new Said("refusal.action.keepSpeakersList", "keep the speakers list"));
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("lastEvent", this.live.lastEventId(id.value()));
		model.addAttribute("list", this.speakers.find(id).orElse(null));
		model.addAttribute("ownDelegation", actor.delegation().orElse(null));
		return switch (view) {
			case "room" -> "speakers/room :: region";
			case "console" -> "speakers/console :: region";
			default -> "speakers/list :: region";
		};
	}

	@PostMapping("/meetings/{id}/speakers")
	String inscribe(@PathVariable MeetingId id, @RequestParam(defaultValue = "") String delegation,
			@RequestParam(required = false) @Nullable String onBehalfOf,
			@RequestParam(defaultValue = "STATEMENT") InscriptionKind kind,
			@RequestParam(defaultValue = "false") boolean console, Actor actor, RedirectAttributes redirect) {
		var page = act(id, console, redirect, "inscribed",
				() -> this.speakers.inscribe(id, delegation, onBehalfOf, kind, actor));
		if (redirect.getFlashAttributes().containsKey("problem")) {
			// A refusal keeps what was chosen.
			if (onBehalfOf != null) {
				redirect.addFlashAttribute("chosenOnBehalfOf", onBehalfOf);
			}
			redirect.addFlashAttribute("chosenKind", kind.name());
		}
		return page;
	}

	@PostMapping("/meetings/{id}/speakers/{inscription}/withdraw")
	@Confirms("withdrawInscription")
	String withdraw(@PathVariable MeetingId id, @PathVariable UUID inscription,
			@RequestParam(defaultValue = "false") boolean console, Actor actor, RedirectAttributes redirect) {
		return act(id, console, redirect, "inscriptionWithdrawn", () -> this.speakers.withdraw(id, inscription, actor));
	}

	@PostMapping("/meetings/{id}/speakers/console/{action}")
	String control(@PathVariable MeetingId id, @PathVariable String action, Actor actor, RedirectAttributes redirect) {
		return act(id, true, redirect, () -> switch (action) {
			case "open" -> this.speakers.open(id, actor);
			case "close" -> this.speakers.close(id, actor);
			case "next" -> this.speakers.next(id, actor);
			case "start", "resume" -> this.speakers.start(id, actor);
			case "pause" -> this.speakers.pause(id, actor);
			case "stop" -> this.speakers.stop(id, actor);
			default -> throw new InvalidInput("action", "There is no action " + action + ".",
					"refusal.speakers.noSuchAction", action);
		});
	}

	@PostMapping("/meetings/{id}/speakers/{inscription}/absent")
	String absent(@PathVariable MeetingId id, @PathVariable UUID inscription, Actor actor,
			RedirectAttributes redirect) {
		return act(id, true, redirect, () -> this.speakers.absent(id, inscription, actor));
	}

	@PostMapping("/meetings/{id}/speakers/{inscription}/move")
	String move(@PathVariable MeetingId id, @PathVariable UUID inscription,
			@RequestParam(defaultValue = "true") boolean up, @RequestParam(defaultValue = "") String reason,
			Actor actor, RedirectAttributes redirect) {
		return act(id, true, redirect, () -> this.speakers.move(id, inscription, up, reason, actor));
	}

	@PostMapping("/meetings/{id}/speakers/point-of-order")
	String pointOfOrder(@PathVariable MeetingId id, @RequestParam(defaultValue = "") String delegation, Actor actor,
			RedirectAttributes redirect) {
		return act(id, true, redirect, () -> this.speakers.pointOfOrder(id, delegation, actor));
	}

	@PostMapping("/meetings/{id}/speakers/limits")
	String limits(@PathVariable MeetingId id, @RequestParam int limitMinutes, @RequestParam int groupLimitMinutes,
			@RequestParam int replyLimitMinutes, Actor actor, RedirectAttributes redirect) {
		return act(id, true, redirect, () -> this.speakers.limits(id, limitMinutes * 60, groupLimitMinutes * 60,
				replyLimitMinutes * 60, actor));
	}

	/**
	 * Does an action and goes back to the page it came from; a refusal the person can act
	 * on (a closed list, a delegation on it already) is said there, plainly.
	 */
	private String act(MeetingId id, boolean console, RedirectAttributes redirect, Supplier<Object> action) {
		return act(id, console, redirect, "saved", action);
	}

	/** As above, saying what was done with {@code notice.<notice>}. */
	private String act(MeetingId id, boolean console, RedirectAttributes redirect, String notice,
			Supplier<Object> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Refusal refusal) {
			int status = refusal.getStatusCode().value();
			if (status == 401 || status == 403 && !(refusal instanceof org.plenary.speakers.SpeakersRefusal)) {
				throw refusal;
			}
			redirect.addFlashAttribute("problem", refusal.said().onThisPage());
		}
		catch (RuntimeException failure) {
			if (!DatabaseOutage.explains(failure)) {
				throw failure;
			}
			// The list is unchanged; the console says so, and the flash survives if the
			// session store is back by the redirect (else the outage page says it).
			redirect.addFlashAttribute("problem", DatabaseOutage.NOT_SAVED);
		}
		return "redirect:/meetings/" + id + "/speakers" + (console ? "/console" : "");
	}

}
