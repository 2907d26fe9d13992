package org.plenary.mail;

import java.util.ArrayList;
import java.util.Optional;

import org.plenary.correspondence.LetterDelivery;
import org.plenary.correspondence.LetterId;

import org.springframework.stereotype.Component;

/** "195 messages queued", "193 sent, 2 queued, 1 failed": for the letter's page. */
@Component
class LetterDeliveryReport implements LetterDelivery {

	private final Outbox outbox;

	LetterDeliveryReport(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public Optional<String> describe(LetterId letter) {
		var delivery = this.outbox.delivery("letter:" + letter);
		if (delivery.total() == 0) {
			return Optional.empty();
		}
		var parts = new ArrayList<String>();
		if (delivery.sent() > 0) {
			parts.add(delivery.sent() + " sent");
		}
		if (delivery.queued() > 0) {
			parts.add(delivery.queued() + (delivery.sent() == 0 ? messages(delivery.queued()) : "") + " queued");
		}
		if (delivery.failed() > 0) {
			parts.add(delivery.failed() + " failed");
		}
		if (delivery.queued() == 0 && delivery.failed() == 0) {
			return Optional.of(delivery.sent() + messages(delivery.sent()) + " sent");
		}
		return Optional.of(String.join(", ", parts));
	}

	private static String messages(int count) {
		return count == 1 ? " message" : " messages";
	}

}
