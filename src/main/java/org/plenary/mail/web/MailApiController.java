package org.plenary.mail.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.identity.Actor;
import org.plenary.mail.Addresses;
import org.plenary.mail.MissionAddress;
import org.plenary.mail.Outbox;
import org.plenary.mail.OutboxMessage;
import org.plenary.mail.OutboxStatus;
import org.plenary.mail.Subscription;
import org.plenary.mail.Subscriptions;
import org.plenary.process.ProcessId;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * E-mail as JSON: the missions' addresses (for their delegates and the secretariat), a
 * person's own address and subscriptions, test messages, and the outbox for the
 * administrator.
 */
@RestController
@RequestMapping("/api/mail")
class MailApiController {

	private final Addresses addresses;

	private final Subscriptions subscriptions;

	private final Outbox outbox;

	MailApiController(Addresses addresses, Subscriptions subscriptions, Outbox outbox) {
		this.addresses = addresses;
		this.subscriptions = subscriptions;
		this.outbox = outbox;
	}

	/** The missions whose address the caller keeps. */
	@GetMapping("/missions")
	List<MissionAddress> missions(Actor actor) {
		return this.addresses.keptBy(actor);
	}

	@PutMapping("/missions/{code}")
	MissionAddress changeMission(@PathVariable String code, @RequestBody AddressRequest request, Actor actor) {
		return this.addresses.changeMission(DelegationCode.of(code), request.addressOrEmpty(), actor);
	}

	@PostMapping("/missions/{code}/test")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> testMission(@PathVariable String code, Actor actor) {
		this.addresses.testMission(DelegationCode.of(code), actor);
		return Map.of("status", "queued");
	}

	/** The caller's own address and subscriptions. */
	@GetMapping("/me")
	Me me(Actor actor) {
		return new Me(this.addresses.own(actor).orElse(null), this.subscriptions.of(actor));
	}

	@PutMapping("/me")
	Me changeOwn(@RequestBody AddressRequest request, Actor actor) {
		this.addresses.changeOwn(request.addressOrEmpty(), actor);
		return me(actor);
	}

	@PostMapping("/me/test")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Map<String, String> testOwn(Actor actor) {
		this.addresses.testOwn(actor);
		return Map.of("status", "queued");
	}

	@PutMapping("/subscriptions/{process}")
	List<Subscription> subscribe(@PathVariable UUID process, @RequestBody SubscriptionRequest request, Actor actor) {
		return this.subscriptions.subscribe(new ProcessId(process), request.letters(), request.programme(),
				request.digest(), actor);
	}

	/** The outbox, the newest first, for the administrator. */
	@GetMapping("/outbox")
	List<OutboxMessage> outbox(@RequestParam(required = false) @Nullable OutboxStatus status,
			@RequestParam(defaultValue = "100") int limit, Actor actor) {
		return this.outbox.messages(status, limit, actor);
	}

	@PostMapping("/outbox/{id}/retry")
	OutboxMessage retry(@PathVariable UUID id, Actor actor) {
		return this.outbox.retry(id, actor);
	}

	record AddressRequest(@Nullable String address) {

		String addressOrEmpty() {
			return this.address == null ? "" : this.address;
		}

	}

	record SubscriptionRequest(boolean letters, boolean programme, boolean digest) {
	}

	record Me(@Nullable String address, List<Subscription> subscriptions) {
	}

}
