package org.plenary.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A training run for a class-data-sharing archive (JDK 17,
 * {@code -XX:ArchiveClassesAtExit}) or an AOT cache (JDK 25, {@code -XX:AOTCacheOutput}):
 * with {@code plenary.training-run=true} the application starts as usual — start-up tasks
 * and, on an empty database, the demo data included — and stops as soon as it is ready,
 * so that the archive holds every class a real start loads. Spring's
 * {@code spring.context.exit=onRefresh} stops before the start-up tasks, whose classes
 * (the PDF of a circulated letter, the extractor) were then loaded from the jar at each
 * start.
 */
@Component
@ConditionalOnBooleanProperty(name = "plenary.training-run")
class TrainingRun {

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	private final ConfigurableApplicationContext context;

	TrainingRun(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@EventListener
	void on(AvailabilityChangeEvent<ReadinessState> change) {
		if (change.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		// Not on the thread that publishes the event: closing the context waits for it.
		var exit = new Thread(() -> {
			log.info("Training run: ready, stopping");
			System.exit(SpringApplication.exit(this.context));
		}, "training-run-exit");
		exit.start();
	}

}
