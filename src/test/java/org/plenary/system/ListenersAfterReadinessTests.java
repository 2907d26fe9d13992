package org.plenary.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' asynchronous listeners are handed what was published during the start only
 * once Plenary is ready, and at once afterwards; what waits for them runs after the last.
 */
class ListenersAfterReadinessTests {

	private final List<String> done = Collections.synchronizedList(new ArrayList<>());

	/** Spring Boot's executor, here one that runs each task on the caller's thread. */
	private final ListenersAfterReadiness listeners = new ListenersAfterReadiness(
			new StaticListableBeanFactory(Map.of(ListenersAfterReadiness.EXECUTOR, (Executor) Runnable::run)));

	@Test
	void handsTheStartsEventsToTheirListenersOnceReady() {
		var executor = new ListenersAfterReadiness.Listeners().listenersAfterReadinessConfigurer(fixed())
			.getAsyncExecutor();
		executor.execute(() -> this.done.add("search stores the letter"));
		executor.execute(() -> this.done.add("the missions' mail"));
		this.listeners.whenHandled(() -> this.done.add("search catches up"));
		assertThat(this.done).as("before readiness").isEmpty();

		this.listeners.on(new AvailabilityChangeEvent<>(this, ReadinessState.REFUSING_TRAFFIC));
		assertThat(this.done).as("refusing traffic is not ready").isEmpty();

		this.listeners.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(this.done).containsExactly("search stores the letter", "the missions' mail", "search catches up");

		executor.execute(() -> this.done.add("a letter circulated once ready"));
		this.listeners.whenHandled(() -> this.done.add("nothing to wait for"));
		assertThat(this.done).endsWith("a letter circulated once ready", "nothing to wait for");
	}

	@Test
	void whatWaitsRunsOnceReadyWhenNothingWasPublished() {
		this.listeners.whenHandled(() -> this.done.add("search catches up"));
		assertThat(this.done).isEmpty();
		this.listeners.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(this.done).containsExactly("search catches up");
		// Ready again after a refusal (a database outage, a test): nothing runs twice.
		this.listeners.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		assertThat(this.done).containsExactly("search catches up");
	}

	@Test
	void aListenerThatFailsStillLetsWhatWaitsRun() {
		var executor = new ListenersAfterReadiness.Listeners().listenersAfterReadinessConfigurer(fixed())
			.getAsyncExecutor();
		executor.execute(() -> {
			throw new IllegalStateException("the database is down");
		});
		this.listeners.whenHandled(() -> this.done.add("search catches up"));
		try {
			this.listeners.on(new AvailabilityChangeEvent<>(this, ReadinessState.ACCEPTING_TRAFFIC));
		}
		catch (IllegalStateException expected) {
			// the executor here runs on the caller's thread; Spring Boot's logs it
		}
		assertThat(this.done).containsExactly("search catches up");
	}

	private org.springframework.beans.factory.ObjectProvider<ListenersAfterReadiness> fixed() {
		var beans = new StaticListableBeanFactory(Map.of("listenersAfterReadiness", this.listeners));
		return beans.getBeanProvider(ListenersAfterReadiness.class);
	}

}
