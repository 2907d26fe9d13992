package org.plenary.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The outbox as the operator sees it (the health group {@code mail}): up while the outbox
 * can be read, with how many messages wait and how many failed, and whether a mail server
 * is configured at all; the same counts as gauges for Prometheus.
 */
@Component("outboxHealthIndicator")
class OutboxHealth extends AbstractHealthIndicator implements MeterBinder {

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> sender;

	OutboxHealth(Outbox outbox, ObjectProvider<JavaMailSender> sender) {
		super("The outbox could not be read");
		this.outbox = outbox;
		this.sender = sender;
	}

	@Override
	protected void doHealthCheck(Health.Builder health) {
		var delivery = this.outbox.delivery(null);
		health.up()
			.withDetail("queued", delivery.queued())
			.withDetail("failed", delivery.failed())
			.withDetail("mailServer", this.sender.getIfAvailable() == null ? "not configured" : "configured");
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("plenary.mail.queued", this, (h) -> h.outbox.delivery(null).queued())
			.description("Messages of the outbox waiting to be sent")
			.register(registry);
		Gauge.builder("plenary.mail.failed", this, (h) -> h.outbox.delivery(null).failed())
			.description("Messages of the outbox that failed after every attempt")
			.register(registry);
	}

}
