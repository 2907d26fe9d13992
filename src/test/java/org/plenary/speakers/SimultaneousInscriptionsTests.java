package org.plenary.speakers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Accounts;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.NewAccount;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every delegation's delegate inscribes it at the same instant, twice, through real HTTP
 * requests to a running Plenary on the configured database: each appears once, the
 * positions are unique and gap-free, every request is answered 200 or 409 (after the
 * retries a client makes when the database is too busy and the answer is 503 with
 * {@code Retry-After}), and every delegation answered 200 is on the list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SimultaneousInscriptionsTests {

	private static final String PASSWORD = "a password for the simultaneous test";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Delegations delegations;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Test
	void keepsEveryDelegationOnceWhenAllItsDelegatesInscribeItAtTheSameInstant() throws Exception {
		var meeting = anOpenList();
		var codes = this.delegations.delegations(DelegationFilter.all()).stream().map((d) -> d.code().value()).toList();
		assertThat(codes).hasSizeGreaterThanOrEqualTo(196);
		var suffix = UUID.randomUUID().toString().substring(0, 6);
		var pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		var opened = new ArrayList<Future<?>>();
		for (var code : codes) {
			opened.add(pool.submit(() -> this.accounts.open(new NewAccount(delegate(code, suffix),
					"Delegate of " + code, PASSWORD, Set.of(Grant.delegateOf(code))), Actors.administrator())));
		}
		for (var account : opened) {
			account.get(120, TimeUnit.SECONDS);
		}
		pool.shutdown();

		var http = HttpClient.newBuilder()
			.executor(Executors.newFixedThreadPool(32))
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		var start = new CountDownLatch(1);
		var answers = new ConcurrentHashMap<String, List<Integer>>();
		var senders = Executors.newFixedThreadPool(200);
		var sent = new ArrayList<Future<?>>();
		for (var code : codes) {
			for (int attempt = 0; attempt < 2; attempt++) {
				sent.add(senders.submit(() -> {
					start.await();
					var request = HttpRequest
						.newBuilder(URI
							.create("http://localhost:%d/api/meetings/%s/speakers".formatted(this.port, meeting)))
						.header("Content-Type", "application/json")
						.header("Authorization", basic(delegate(code, suffix)))
						.timeout(Duration.ofSeconds(120))
						.POST(HttpRequest.BodyPublishers.ofString("{\"delegation\":\"" + code + "\"}"))
						.build();
					// As a client does: a 503 says nothing was saved and when to try
					// again.
					var answer = http.send(request, HttpResponse.BodyHandlers.discarding());
					for (int retry = 0; answer.statusCode() == 503 && retry < 10; retry++) {
						var after = answer.headers().firstValue("Retry-After");
						assertThat(after).as("a busy answer says when to try again").isPresent();
						Thread.sleep(Long.parseLong(after.get()) * 1000);
						answer = http.send(request, HttpResponse.BodyHandlers.discarding());
					}
					answers.computeIfAbsent(code, (c) -> java.util.Collections.synchronizedList(new ArrayList<>()))
						.add(answer.statusCode());
					return null;
				}));
			}
		}
		start.countDown();
		for (var request : sent) {
			request.get(180, TimeUnit.SECONDS);
		}
		senders.shutdown();

		assertThat(answers).hasSize(codes.size());
		assertThat(answers.values()).allSatisfy(
				(statuses) -> assertThat(statuses).as("one accepted, one refused").containsExactlyInAnyOrder(200, 409));
		var list = this.speakers.list(meeting);
		assertThat(list.statements()).extracting(InscriptionView::delegation)
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(codes);
		assertThat(list.statements()).extracting(InscriptionView::position)
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, codes.size()).boxed().toList());
	}

	private static String delegate(String code, String suffix) {
		return "sim-" + code.toLowerCase() + "-" + suffix;
	}

	private static String basic(String username) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private MeetingId anOpenList() {
		var process = this.processes.create(
				new NewProcess("SI " + UUID.randomUUID().toString().substring(0, 6), "Everyone at once", null, null),
				Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2041, 2, 5)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.secretariatOf(process.id().value()));
		return meeting;
	}

}
