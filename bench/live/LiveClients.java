import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Live views under load: N clients follow one meeting's events (Server-Sent Events) on loopback; "next speaker" is
 * pressed ROUNDS times through the API, and for each press the delay until each client has the event is recorded.
 * Prints p50, p99 and the slowest delay over every client and press.
 * Usage: java LiveClients.java BASE_URL MEETING_ID USER:PASSWORD CLIENTS ROUNDS
 */
public class LiveClients {

	private static final int WARM_UP = 20;

	public static void main(String[] args) throws Exception {
		var base = args[0];
		var meeting = args[1];
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
		// The secretariat presses "next speaker" on the console, signed in once, as in the room: a press through the
		// API with HTTP Basic would add the password's hashing (bcrypt) to every press.
		var console = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var user = args[2].split(":", 2);
		var login = console.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		console.send(form(base + "/login", "username=" + user[0] + "&password=" + user[1] + "&_csrf=" + csrf(login.body())),
				HttpResponse.BodyHandlers.discarding());
		var page = console.send(HttpRequest.newBuilder(URI.create(base + "/meetings/" + meeting + "/speakers/console")).build(),
				HttpResponse.BodyHandlers.ofString());
		if (page.statusCode() != 200) {
			System.err.println("the console answered " + page.statusCode() + " after signing in");
			System.exit(1);
		}
		var token = csrf(page.body());
		var pressTimes = new ArrayList<Long>();
		// Presses before the measured ones, not counted: a server in a meeting has been running for a while (its JIT
		// compiler has seen these paths), and the first presses of a fresh JVM measure the compiler.
		for (int w = 0; w < WARM_UP; w++) {
			console.send(form(base + "/meetings/" + meeting + "/speakers/console/next", "_csrf=" + token),
					HttpResponse.BodyHandlers.discarding());
			Thread.sleep(300);
		}
		delays.clear();
		for (int r = 0; r < rounds; r++) {
			int before = delays.size();
			round.set(r);
			pressedAt.set(System.nanoTime());
			var answer = console.send(form(base + "/meetings/" + meeting + "/speakers/console/next", "_csrf=" + token),
					HttpResponse.BodyHandlers.discarding());
			pressTimes.add(System.nanoTime() - pressedAt.get());
			if (answer.statusCode() != 302) {
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
		Collections.sort(pressTimes);
		System.out.printf("the press itself (POST until its answer): p50 %.1f ms, max %.1f ms%n", ms(pressTimes, 0.50),
				pressTimes.get(pressTimes.size() - 1) / 1e6);
		System.exit(0);
	}

	private static HttpRequest form(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String csrf(String html) {
		var m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the page");
		}
		return m.group(1);
	}

	private static double ms(List<Long> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
	}

}
