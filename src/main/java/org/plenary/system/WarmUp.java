package org.plenary.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationNotAllowedException;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plenary starts with {@code spring.main.lazy-initialization=true}: only the beans the
 * start needs are made before readiness (the web server and its filters, the start-up
 * tasks and what they call); a page's controller, the calendar feed, the API
 * documentation wait for their first use. Once the application is ready, this makes the
 * rest on a background thread, so that the first people to open a page do not wait for it
 * either, and a bean that cannot be made is logged at once, not at its first request. The
 * tests start with every bean made before they run (the {@code test} profile).
 */
@Component
class WarmUp {

	private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

	private final ConfigurableApplicationContext context;

	private final CountDownLatch done = new CountDownLatch(1);

	private volatile Outcome outcome = new Outcome(List.of(), List.of());

	/** Set once the application is stopping: no bean is made any more. */
	private volatile boolean stopping;

	WarmUp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * The beans that are listeners ({@link ApplicationListener}) are made at the start,
	 * never by the warm-up. Made lazily, a listener is made either by the thread that
	 * publishes an event, while it holds the list of listeners, or by the warm-up, which
	 * holds the lock of the beans being made and then adds the new listener to that list:
	 * two threads taking the same two locks in opposite orders. It happened, once in some
	 * twenty starts, between the warm-up and the outstanding events handed over after
	 * readiness: both stopped for good, and so did every later event and the stop itself.
	 */
	@Bean
	static LazyInitializationExcludeFilter listenersMadeAtStart() {
		return LazyInitializationExcludeFilter.forBeanTypes(ApplicationListener.class);
	}

	@EventListener(ApplicationReadyEvent.class)
	void makeTheRest() {
		var worker = new Thread(this::makeEverySingleton, "warm-up");
		worker.setDaemon(true);
		worker.setPriority(Thread.MIN_PRIORITY);
		worker.start();
	}

	/** A stop soon after readiness ends the warm-up quietly. */
	@EventListener(ContextClosedEvent.class)
	void stop() {
		this.stopping = true;
	}

	private void makeEverySingleton() {
		long start = System.nanoTime();
		var made = new ArrayList<String>();
		var failures = new ArrayList<String>();
		try {
			var beans = this.context.getBeanFactory();
			for (var name : beans.getBeanDefinitionNames()) {
				if (this.stopping || !this.context.isActive()) {
					return;
				}
				var definition = beans.getMergedBeanDefinition(name);
				if (definition.isAbstract() || !definition.isSingleton() || beans.containsSingleton(name)) {
					continue;
				}
				try {
					beans.getBean(name);
					made.add(name);
				}
				catch (BeansException ex) {
					if (this.stopping || !this.context.isActive()
							|| ex.contains(BeanCreationNotAllowedException.class)) {
						return;
					}
					failures.add(name);
					log.error("Warm-up: the bean '{}' cannot be made", name, ex);
				}
			}
			this.outcome = new Outcome(List.copyOf(made), List.copyOf(failures));
			log.info("Warm-up: {} beans made after readiness in {} ms", made.size(),
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
		}
		finally {
			this.done.countDown();
		}
	}

	/** Waits for the warm-up to end; what it did. */
	Outcome awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
		if (!this.done.await(timeout, unit)) {
			throw new IllegalStateException("The warm-up has not ended");
		}
		return this.outcome;
	}

	/**
	 * The beans the warm-up made, and those it could not make (none when all is well).
	 */
	record Outcome(List<String> made, List<String> failed) {
	}

}
