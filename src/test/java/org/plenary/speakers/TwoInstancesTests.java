package org.plenary.speakers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.plenary.PlenaryApplication;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Plenary on one PostgreSQL database, as behind a load balancer: "next
 * speaker" pressed on one reaches a room display connected to the other, through
 * LISTEN/NOTIFY, within a second. Runs where the tests run on PostgreSQL (CI's second
 * pass); on H2 there is one instance and the same path is in memory.
 */
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests {

	ConfigurableApplicationContext first;

	ConfigurableApplicationContext second;

	@BeforeAll
	void startTwoInstances() {
		this.first = instance();
		this.second = instance();
	}

	@AfterAll
	void stopThem() {
		this.second.close();
		this.first.close();
	}

	@Test
	void nextSpeakerPressedOnOneInstanceReachesARoomDisplayOnTheOtherWithinASecond() throws Exception {
		var processes = this.first.getBean(Processes.class);
		var programme = this.first.getBean(Programme.class);
		var speakers = this.first.getBean(SpeakersLists.class);
		var process = processes.create(new NewProcess("Two " + UUID.randomUUID().toString().substring(0, 8),
				"Consultations on two instances", null, null), Actors.administrator());
		var meeting = programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2039, 6, 7)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		speakers.open(meeting, Actors.administrator());
		speakers.inscribe(meeting, "MEX", null, InscriptionKind.STATEMENT, Actors.delegateOf("MEX"));

		var lines = new LinkedBlockingQueue<String>();
		var client = HttpClient.newHttpClient();
		var request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port(this.second) + "/api/meetings/" + meeting + "/live"))
			.header("Accept", "text/event-stream")
			.build();
		var stream = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
			.thenAccept((response) -> response.body().forEach(lines::add));
		assertThat(awaitLine(lines, "\"status\":\"OPEN\"", Duration.ofSeconds(10))).as("the list as it stands")
			.isNotNull();

		long pressed = System.nanoTime();
		speakers.next(meeting, Actors.administrator());
		var event = awaitLine(lines, "\"current\":{", Duration.ofSeconds(5));
		long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);

		assertThat(event).as("the event on the other instance").contains("\"delegation\":\"MEX\"");
		assertThat(elapsedMs).as("milliseconds from 'next speaker' on one instance to the other's view")
			.isLessThan(1000);
		stream.cancel(true);
	}

	private static String awaitLine(LinkedBlockingQueue<String> lines, String containing, Duration within)
			throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			var line = lines.poll(50, TimeUnit.MILLISECONDS);
			if (line != null && line.contains(containing)) {
				return line;
			}
		}
		return null;
	}

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(PlenaryApplication.class)
			.properties("server.port=0", "plenary.demo-data=false", "spring.jmx.enabled=false",
					"server.tomcat.basedir=target/tomcat-" + UUID.randomUUID())
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

}
