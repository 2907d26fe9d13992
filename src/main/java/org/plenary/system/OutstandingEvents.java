package org.plenary.system;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * The events a module published before the last stop that a listener had not yet handled
 * (the outbox, Spring Modulith's {@code event_publication}) are handed to their listeners
 * again — once the application is ready, in the background, not before readiness as
 * Spring Modulith's {@code republish-outstanding-events-on-restart} does (reading them
 * took a second of each start). Only those published before this start: an event
 * published since is on its way to its listeners already.
 */
@Component
class OutstandingEvents {

	private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

	private final IncompleteEventPublications incomplete;

	private final Instant started;

	OutstandingEvents(IncompleteEventPublications incomplete, ApplicationContext context) {
		this.incomplete = incomplete;
		this.started = Instant.ofEpochMilli(context.getStartupDate());
	}

	@EventListener(ApplicationReadyEvent.class)
	void resubmitInTheBackground() {
		var worker = new Thread(this::resubmit, "outstanding-events");
		worker.setDaemon(true);
		worker.start();
	}

	/**
	 * Hands each event published before this start and not yet handled to its listener.
	 */
	void resubmit() {
		try {
			this.incomplete.resubmitIncompletePublications(
					(publication) -> publication.getPublicationDate().isBefore(this.started));
		}
		catch (RuntimeException ex) {
			log.warn("The events outstanding from before this start could not be handed to their listeners", ex);
		}
	}

}
