package org.plenary.mail.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.identity.Actor;
import org.plenary.mail.Addresses;
import org.plenary.mail.Outbox;
import org.plenary.mail.OutboxStatus;
import org.plenary.mail.Subscriptions;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail as pages: a person's own address and subscriptions, the addresses of the
 * missions they keep, test messages; the administrator's outbox with each message as the
 * mission sees it.
 */
@Controller
class MailController {

	private final Addresses addresses;

	private final Subscriptions subscriptions;

	private final Processes processes;

	private final Outbox outbox;

	MailController(Addresses addresses, Subscriptions subscriptions, Processes processes, Outbox outbox) {
		this.addresses = addresses;
		this.subscriptions = subscriptions;
		this.processes = processes;
		this.outbox = outbox;
	}

	@GetMapping("/account/mail")
	String mail(Actor actor, Model model) {
		model.addAttribute("own", this.addresses.own(actor).orElse(""));
		var subscribed = new java.util.HashMap<UUID, org.plenary.mail.Subscription>();
		this.subscriptions.of(actor).forEach((s) -> subscribed.put(s.process(), s));
		model.addAttribute("subscribed", subscribed);
		model.addAttribute("processes", this.processes.processes());
		model.addAttribute("missions", this.addresses.keptBy(actor));
		return "mail/mail";
	}

	@PostMapping("/account/mail/address")
	String changeOwn(@RequestParam(defaultValue = "") String address, Actor actor, Model model,
			RedirectAttributes redirect) {
		try {
			this.addresses.changeOwn(address, actor);
		}
		catch (InvalidInput refusal) {
			model.addAttribute("error", refusal.said().onThisPage());
			return mail(actor, model);
		}
		redirect.addFlashAttribute("notice", "mailSaved");
		return "redirect:/account/mail";
	}

	@PostMapping("/account/mail/test")
	String testOwn(Actor actor, Model model, RedirectAttributes redirect) {
		try {
			this.addresses.testOwn(actor);
		}
		catch (InvalidInput refusal) {
			model.addAttribute("error", refusal.said().onThisPage());
			return mail(actor, model);
		}
		redirect.addFlashAttribute("notice", "mailTestQueued");
		return "redirect:/account/mail";
	}

	@PostMapping("/account/mail/subscriptions/{process}")
	String subscribe(@PathVariable UUID process, @RequestParam(defaultValue = "false") boolean letters,
			@RequestParam(defaultValue = "false") boolean programme,
			@RequestParam(defaultValue = "false") boolean digest, Actor actor, RedirectAttributes redirect) {
		this.subscriptions.subscribe(new ProcessId(process), letters, programme, digest, actor);
		redirect.addFlashAttribute("notice", "mailSaved");
		return "redirect:/account/mail";
	}

	@PostMapping("/account/mail/missions/{code}")
	String changeMission(@PathVariable String code, @RequestParam(defaultValue = "") String address, Actor actor,
			Model model, RedirectAttributes redirect) {
		try {
			this.addresses.changeMission(DelegationCode.of(code), address, actor);
		}
		catch (InvalidInput refusal) {
			model.addAttribute("error", code + ": " + refusal.said().onThisPage());
			return mail(actor, model);
		}
		redirect.addFlashAttribute("notice", "mailSaved");
		return "redirect:/account/mail";
	}

	@PostMapping("/account/mail/missions/{code}/test")
	String testMission(@PathVariable String code, Actor actor, RedirectAttributes redirect) {
		this.addresses.testMission(DelegationCode.of(code), actor);
		redirect.addFlashAttribute("notice", "mailTestQueued");
		return "redirect:/account/mail";
	}

	@GetMapping("/admin/mail")
	String outbox(@RequestParam(required = false) @Nullable OutboxStatus status, Actor actor, Model model) {
		model.addAttribute("messages", this.outbox.messages(status, 200, actor));
		model.addAttribute("totals", this.outbox.totals(actor));
		model.addAttribute("status", status);
		model.addAttribute("statuses", OutboxStatus.values());
		return "mail/outbox";
	}

	@GetMapping("/admin/mail/{id}")
	String message(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("message", this.outbox.message(id, actor));
		return "mail/message";
	}

	@GetMapping("/admin/mail/{id}/attachment")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, Actor actor) {
		var attachment = this.outbox.attachment(id, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.filename()).build().toString())
			.body(attachment.content());
	}

	@PostMapping("/admin/mail/{id}/retry")
	String retry(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		this.outbox.retry(id, actor);
		redirect.addFlashAttribute("notice", "mailRetried");
		return "redirect:/admin/mail/" + id;
	}

}
