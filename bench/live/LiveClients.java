import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live views under load: N clients follow one meeting's events (Server-Sent Events) on loopback; "next speaker" is
 * pressed ROUNDS times through the API, and for each press the delay until each client has the event is recorded.
 * Prints p50, p99 and the slowest delay over every client and press.
 * Usage: java LiveClients.java BASE_URL MEETING_ID USER:PASSWORD CLIENTS ROUNDS
 */
public class LiveClients {

	public static void main(String[] args) throws Exception {
		var base = args[0];
		var meeting = args[1];
		var auth = "Basic " + Base64.getEncoder().encodeToString(args[2].getBytes(StandardCharsets.UTF_8));
		int clients = Integer.parseInt(args[3]);
		int rounds = Integer.parseInt(args[4]);
		var http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
		var connected = new CountDownLatch(clients);
		var arrivals = new ConcurrentHashMap<Integer, List<Long>>();
		var pressedAt = new AtomicLong();
		var round = new AtomicLong(-1);
		var delays = Collections.synchronizedList(new ArrayList<Long>());
		for (int i = 0; i < clients; i++) {
			var request = HttpRequest.newBuilder(URI.create(base + "/api/meetings/" + meeting + "/live"))
				.header("Accept", "text/event-stream")
				.build();
			http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept((response) -> {
				var first = new boolean[] { true };
				response.body().forEach((line) -> {
					if (!line.startsWith("data:")) {
						return;
					}
					if (first[0]) {
						first[0] = false;
						connected.countDown();
						return;
					}
					if (round.get() >= 0) {
						delays.add(System.nanoTime() - pressedAt.get());
					}
				});
			});
		}
		if (!connected.await(120, TimeUnit.SECONDS)) {
			System.err.println("Only " + (clients - connected.getCount()) + " of " + clients + " clients connected");
			System.exit(1);
		}
		System.out.println(clients + " clients connected");
		for (int r = 0; r < rounds; r++) {
			int before = delays.size();
			round.set(r);
			pressedAt.set(System.nanoTime());
			var press = HttpRequest.newBuilder(URI.create(base + "/api/meetings/" + meeting + "/speakers/next"))
				.header("Authorization", auth)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build();
			var answer = http.send(press, HttpResponse.BodyHandlers.discarding());
			if (answer.statusCode() != 200) {
				System.err.println("next speaker answered " + answer.statusCode());
				System.exit(1);
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			while (delays.size() < before + clients && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			if (delays.size() < before + clients) {
				System.err.println("Round " + r + ": only " + (delays.size() - before) + " clients had the event");
			}
			Thread.sleep(300);
		}
		var sorted = new ArrayList<>(delays);
		Collections.sort(sorted);
		System.out.printf("%d events received (%d presses x %d clients)%n", sorted.size(), rounds, clients);
		System.out.printf("delay p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", ms(sorted, 0.50), ms(sorted, 0.99),
				sorted.get(sorted.size() - 1) / 1e6);
		System.exit(0);
	}

	private static double ms(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

}
