package org.plenary.speakers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live views of the speakers lists. Every change is stored as a numbered event (the
 * list as it stands) in the transaction that makes it; once committed, the instances are
 * told — through PostgreSQL's LISTEN/NOTIFY in production, in memory on H2 — and each
 * sends the events its connected views have not had yet, read from the database. A view
 * that lost its connection comes back with the last event it had ({@code Last-Event-ID})
 * and receives those after it: none is missed, whichever instance it reconnects to.
 */
@Component
public class LiveEvents implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

	/** A view stays connected this long before it reconnects (with its last event). */
	private static final long CONNECTION_MS = 30 * 60 * 1000L;

	private final SpeakersEventRepository events;

	private final JsonMapper json;

	private final java.time.Clock clock;

	private final Map<UUID, List<Client>> clients = new ConcurrentHashMap<>();

	/**
	 * Threads that send a change to the views, and that help when there are many views.
	 */
	private static final int SENDERS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

	private volatile java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors
		.newSingleThreadExecutor(named("speakers-live"));

	private volatile java.util.concurrent.ExecutorService helpers = java.util.concurrent.Executors
		.newFixedThreadPool(SENDERS, named("speakers-live-help"));

	private static java.util.concurrent.ThreadFactory named(String name) {
		var count = new java.util.concurrent.atomic.AtomicInteger();
		return (runnable) -> {
			var thread = new Thread(runnable, name + "-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	private @Nullable Signal signal;

	private volatile boolean running;

	/** Events sent to a live view, one per view. */
	private final Counter delivered;

	/** From the change to its arrival on a live view's connection. */
	private final Timer delay;

	LiveEvents(SpeakersEventRepository events, JsonMapper json, java.time.Clock clock, MeterRegistry meters) {
		this.events = events;
		this.json = json;
		this.clock = clock;
		Gauge.builder("plenary.live.views", this.clients, (all) -> all.values().stream().mapToInt(List::size).sum())
			.description("Live views of the speakers lists connected to this instance")
			.register(meters);
		this.delivered = Counter.builder("plenary.live.events.delivered")
			.description("Speakers list events sent to a live view (one per view)")
			.register(meters);
		this.delay = Timer.builder("plenary.live.events.delay")
			.description("Time from a change of a speakers list to its event being sent to a live view")
			.publishPercentileHistogram()
			.register(meters);
	}

	/**
	 * Starts, or starts again after a stop (a paused test context, a restarted
	 * lifecycle): threads stopped then are made anew.
	 */
	@Override
	public void start() {
		if (this.senders.isShutdown()) {
			this.senders = java.util.concurrent.Executors.newSingleThreadExecutor(named("speakers-live"));
		}
		if (this.helpers.isShutdown()) {
			this.helpers = java.util.concurrent.Executors.newFixedThreadPool(SENDERS, named("speakers-live-help"));
		}
		this.running = true;
	}

	/**
	 * Closes every live view before the web server stops: a graceful shutdown would
	 * otherwise wait for them. Their browsers reconnect to another instance, with their
	 * last event.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.senders.shutdown();
		this.helpers.shutdown();
		this.clients.values().forEach((list) -> {
			list.forEach((client) -> client.complete());
			list.clear();
		});
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** How the instances hear of a change: set by the signal in use. */
	interface Signal {

		void changed(UUID meeting);

	}

	void use(Signal signal) {
		this.signal = signal;
	}

	/**
	 * Stores the list as it stands, in the caller's transaction, and signals it once the
	 * transaction is committed.
	 */
	void publish(SpeakersListView view) {
		this.events.save(new SpeakersEvent(view.meeting(), this.clock.instant(),
				this.json.writeValueAsString(LiveState.of(view))));
		var meeting = view.meeting();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					signal(meeting);
				}
			});
		}
		else {
			signal(meeting);
		}
	}

	private void signal(UUID meeting) {
		var current = this.signal;
		if (current == null) {
			deliver(meeting);
		}
		else {
			current.changed(meeting);
		}
	}

	/**
	 * Connects a live view: it receives the events after {@code lastEventId}, or from the
	 * list as it stands now when it has none.
	 */
	public SseEmitter connect(UUID meeting, @Nullable Long lastEventId) {
		var emitter = new SseEmitter(CONNECTION_MS);
		long after = lastEventId != null ? lastEventId : lastEventId(meeting) - 1;
		var client = new Client(emitter, after);
		var list = this.clients.computeIfAbsent(meeting, (m) -> new CopyOnWriteArrayList<>());
		list.add(client);
		Runnable remove = () -> list.remove(client);
		emitter.onCompletion(remove);
		emitter.onTimeout(remove);
		emitter.onError((ex) -> remove.run());
		send(client, pending(meeting, List.of(client)));
		return emitter;
	}

	/**
	 * Sends each connected view of a meeting the events it has not had: in the
	 * background, the views shared among a few threads, so that the person who pressed
	 * "next speaker" does not wait for thousands of screens.
	 */
	void deliver(UUID meeting) {
		var connected = this.clients.get(meeting);
		if (connected == null || connected.isEmpty()) {
			return;
		}
		this.senders.execute(() -> {
			var all = List.copyOf(connected);
			var pending = pending(meeting, all);
			int share = Math.max(64, (all.size() + SENDERS - 1) / SENDERS);
			var parts = new ArrayList<java.util.concurrent.Future<?>>();
			for (int i = share; i < all.size(); i += share) {
				var part = all.subList(i, Math.min(all.size(), i + share));
				parts.add(this.helpers.submit(() -> part.forEach((client) -> send(client, pending))));
			}
			all.subList(0, Math.min(all.size(), share)).forEach((client) -> send(client, pending));
			for (var part : parts) {
				try {
					part.get();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					log.warn("Could not send a live event", ex.getCause());
				}
			}
		});
	}

	/**
	 * The number of a meeting's latest event, 0 when none: a page says which it shows.
	 */
	public long lastEventId(UUID meeting) {
		return this.events.findTopByMeetingIdOrderByIdDesc(meeting).map(SpeakersEvent::id).orElse(0L);
	}

	/** Sends a view the frames it has not had, and counts them with their delay. */
	private void send(Client client, List<Frame> frames) {
		var sent = client.send(frames);
		if (!sent.isEmpty()) {
			this.delivered.increment(sent.size());
			var now = this.clock.instant();
			sent.forEach((frame) -> this.delay.record(java.time.Duration.between(frame.happenedAt(), now)));
		}
	}

	/** The events after the oldest any of these views has had, as frames. */
	private List<Frame> pending(UUID meeting, List<Client> views) {
		long from = views.stream().mapToLong(Client::lastId).min().orElse(0);
		return frames(this.events.findTop500ByMeetingIdAndIdGreaterThanOrderByIdAsc(meeting, from));
	}

	/** An event as the stream writes it, made once for every view that receives it. */
	private record Frame(long id, java.time.Instant happenedAt,
			java.util.Set<ResponseBodyEmitter.DataWithMediaType> data) {
	}

	private static final MediaType FRAME = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

	private static List<Frame> frames(List<SpeakersEvent> events) {
		return events.stream()
			.map((event) -> new Frame(event.id(), event.happenedAt(),
					java.util.Set.of(new ResponseBodyEmitter.DataWithMediaType(
							"id:" + event.id() + "\nevent:list\ndata:" + event.payload() + "\n\n", FRAME))))
			.toList();
	}

	private static final class Client {

		private final SseEmitter emitter;

		private long lastId;

		Client(SseEmitter emitter, long lastId) {
			this.emitter = emitter;
			this.lastId = lastId;
		}

		synchronized void complete() {
			try {
				this.emitter.complete();
			}
			catch (RuntimeException ex) {
				// Gone already.
			}
		}

		synchronized long lastId() {
			return this.lastId;
		}

		/** Sends the frames this view has not had; those sent. */
		synchronized List<Frame> send(List<Frame> frames) {
			var sent = new ArrayList<Frame>();
			for (var frame : frames) {
				if (frame.id() <= this.lastId) {
					continue;
				}
				try {
					this.emitter.send(frame.data());
					this.lastId = frame.id();
					sent.add(frame);
				}
				catch (IOException | IllegalStateException ex) {
					log.debug("A live view went away: {}", ex.getMessage());
					this.emitter.completeWithError(ex);
					return sent;
				}
			}
			return sent;
		}

	}

}
