package org.plenary.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * The modules' asynchronous listeners ({@code @ApplicationModuleListener}: search storing
 * what is published, the letters' mail) are handed what was published before readiness
 * only once Plenary is ready: on a fresh database the demo data publishes some 84 events,
 * and their listeners — search reading each thing again and Lucene writing it, on the
 * other core — competed with the demo data itself for the start's two cores, though
 * nobody waits for them (search catches up after readiness anyway). Each event is kept in
 * the outbox ({@code event_publication}) from the moment it is published, as before, so
 * an event whose listener has not run when Plenary stops is handed to it at the next
 * start ({@code OutstandingEvents}). From readiness on, a listener is handed its event as
 * soon as the transaction that published it commits, as it always was.
 */
@Component
public class ListenersAfterReadiness {

	private static final Logger log = LoggerFactory.getLogger(ListenersAfterReadiness.class);

	/** Spring Boot's executor, which the listeners ran on before (threads "task-N"). */
	static final String EXECUTOR = "applicationTaskExecutor";

	private final BeanFactory beans;

	/** The listeners' tasks handed over before readiness; {@code null} once ready. */
	private @Nullable List<Runnable> waiting = new ArrayList<>();

	/** Those tasks not yet run, once handed to the executor. */
	private int running;

	/** What waits for them: {@link #whenHandled}. */
	private final List<Runnable> then = new ArrayList<>();

	ListenersAfterReadiness(BeanFactory beans) {
		this.beans = beans;
	}

	void execute(Runnable task) {
		synchronized (this) {
			if (this.waiting != null) {
				this.waiting.add(task);
				return;
			}
		}
		executor().execute(task);
	}

	@EventListener
	void on(AvailabilityChangeEvent<ReadinessState> change) {
		if (change.getState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		List<Runnable> ready;
		synchronized (this) {
			ready = this.waiting;
			this.waiting = null;
			if (ready == null) {
				return;
			}
			this.running = ready.size();
		}
		if (ready.isEmpty()) {
			handled();
			return;
		}
		log.info("Ready: {} events published during the start handed to their listeners", ready.size());
		var executor = executor();
		for (var task : ready) {
			executor.execute(() -> {
				try {
					task.run();
				}
				finally {
					handled();
				}
			});
		}
	}

	/**
	 * Runs {@code action} once the events published before readiness have been handled by
	 * their listeners (at once if that is done already), on the thread that handled the
	 * last: what would read again what those listeners store waits for them (search's
	 * catch-up after a fresh start).
	 */
	public void whenHandled(Runnable action) {
		synchronized (this) {
			if (this.waiting != null || this.running > 0) {
				this.then.add(action);
				return;
			}
		}
		action.run();
	}

	private void handled() {
		List<Runnable> actions;
		synchronized (this) {
			if (this.running > 0) {
				this.running--;
			}
			if (this.running > 0) {
				return;
			}
			actions = new ArrayList<>(this.then);
			this.then.clear();
		}
		actions.forEach(Runnable::run);
	}

	private Executor executor() {
		return this.beans.getBean(EXECUTOR, Executor.class);
	}

	/**
	 * The executor of {@code @Async} methods — here only the modules' listeners. Apart
	 * from the listener above: Spring Boot wraps an {@code AsyncConfigurer} bean in its
	 * own.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		AsyncConfigurer listenersAfterReadinessConfigurer(ObjectProvider<ListenersAfterReadiness> gate) {
			return new AsyncConfigurer() {
				@Override
				public Executor getAsyncExecutor() {
					var listeners = gate.getObject();
					return listeners::execute;
				}
			};
		}

	}

}
