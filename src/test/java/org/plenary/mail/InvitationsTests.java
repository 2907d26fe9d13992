package org.plenary.mail;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.identity.Grant;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.Slot;
import org.plenary.schedule.StandardSlot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.plenary.identity.Actors.administrator;

/**
 * The programme of work in subscribers' calendars: an invitation for each meeting added
 * (METHOD:REQUEST), an update on a change (same UID, higher SEQUENCE), METHOD:CANCEL on a
 * cancellation, each parsed with ical4j and checked against RFC 5545 (3.6.1) and RFC 5546
 * (3.2.2, 3.2.5); the morning digest.
 */
@PlenaryIntegrationTest
class InvitationsTests {

	/** The VEVENT properties RFC 5545 and RFC 5546 allow at most once. */
	static final List<String> AT_MOST_ONCE = List.of("DTSTAMP", "UID", "DTSTART", "CLASS", "CREATED", "DESCRIPTION",
			"GEO", "LAST-MODIFIED", "LOCATION", "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP",
			"URL", "RECURRENCE-ID", "DTEND", "DURATION");

	@Autowired
	Programme programme;

	@Autowired
	Processes processes;

	@Autowired
	Outbox outbox;

	@Autowired
	Addresses addresses;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	MailWorker worker;

	@Test
	void aSubscriberReceivesTheMeetingItsUpdateAndItsCancellationAsInvitations() throws Exception {
		var process = aNewProcess();
		var subscriber = aSubscriber(process, false, true, false);
		var admin = administrator();
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2034, 3, 7)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					false, null), admin)
			.meeting();
		this.programme.postpone(meeting.id(),
				new Slot(LocalDate.of(2034, 3, 9), LocalTime.of(15, 0), LocalTime.of(18, 0)), "The room is taken", null,
				admin);
		this.programme.cancel(meeting.id(), "The co-facilitators are travelling", admin);

		var messages = this.outbox.messages(null, 1000, admin)
			.stream()
			.filter((m) -> m.cause().equals("meeting:" + meeting.id()))
			.sorted(java.util.Comparator.comparing(OutboxMessage::createdAt).thenComparing(OutboxMessage::calendar))
			.toList();
		assertThat(messages).hasSize(3).allMatch((m) -> m.recipient().equals(subscriber.username() + "@example.org"));
		var calendars = messages.stream().map((m) -> parse(m.calendar())).toList();
		assertThat(calendars).extracting((c) -> c.getProperty("METHOD").orElseThrow().getValue())
			.containsExactlyInAnyOrder("REQUEST", "REQUEST", "CANCEL");
		assertThat(messages).extracting(OutboxMessage::calendarMethod)
			.containsExactlyInAnyOrder("REQUEST", "REQUEST", "CANCEL");
		var sequences = calendars.stream()
			.map((c) -> Integer.parseInt(event(c).getProperty("SEQUENCE").orElseThrow().getValue()))
			.sorted()
			.toList();
		assertThat(sequences).doesNotHaveDuplicates();
		for (var calendar : calendars) {
			assertThat(calendar.getProperties("METHOD")).hasSize(1);
			assertThat(calendar.getProperties("PRODID")).hasSize(1);
			assertThat(calendar.getProperties("VERSION")).hasSize(1);
			assertThat(calendar.<net.fortuna.ical4j.model.component.VTimeZone>getComponents("VTIMEZONE"))
				.singleElement()
				.satisfies((tz) -> assertThat(tz.getProperty("TZID").orElseThrow().getValue())
					.isEqualTo("America/New_York"));
			assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(1);
			var event = event(calendar);
			for (var name : AT_MOST_ONCE) {
				assertThat(event.getProperties(name)).as(name).hasSizeLessThanOrEqualTo(1);
			}
			for (var name : List.of("DTSTAMP", "UID", "DTSTART", "ORGANIZER", "SEQUENCE", "SUMMARY")) {
				assertThat(event.getProperties(name)).as(name + " (RFC 5546: exactly one)").hasSize(1);
			}
			assertThat(event.getProperties("ATTENDEE")).hasSize(1);
			assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo(meeting.id() + "@plenary");
			assertThat(event.getProperty("ORGANIZER").orElseThrow().getValue()).isEqualTo("mailto:plenary@example.org");
			assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue())
				.isEqualTo("mailto:" + subscriber.username() + "@example.org");
		}
		var cancellation = calendars.stream()
			.filter((c) -> c.getProperty("METHOD").orElseThrow().getValue().equals("CANCEL"))
			.findFirst()
			.orElseThrow();
		assertThat(event(cancellation).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(event(cancellation).getProperty("SEQUENCE").orElseThrow().getValue()))
			.isEqualTo(sequences.get(2));
		var moved = calendars.stream()
			.filter((c) -> event(c).getProperty("DTSTART").orElseThrow().getValue().startsWith("20340309"))
			.toList();
		assertThat(moved).hasSize(2);
		assertThat(
				event(moved.get(0)).getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("America/New_York");
	}

	@Test
	void anInvitationReachesTheMailboxAsTextAndATextCalendarPartWithItsMethod() throws Exception {
		var process = aNewProcess();
		var subscriber = aSubscriber(process, false, true, false);
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2034, 4, 4)), List.of(StandardSlot.AFTERNOON),
					null, null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null,
					true, false, null), administrator())
			.meeting();
		var smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		try {
			var sender = new JavaMailSenderImpl();
			sender.setHost("127.0.0.1");
			sender.setPort(smtp.getSmtp().getPort());
			assertThat(this.outbox.deliver(sender, "meeting:" + meeting.id(), Instant.now())).isEqualTo(1);
			var received = smtp.getReceivedMessages();
			assertThat(received).hasSize(1);
			assertThat(received[0].getAllRecipients()[0].toString()).contains(subscriber.username() + "@example.org");
			var parts = (Multipart) received[0].getContent();
			assertThat(parts.getContentType()).startsWith("multipart/alternative");
			assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
			assertThat((String) parts.getBodyPart(0).getContent()).contains("Added to the programme");
			var calendarPart = parts.getBodyPart(1);
			assertThat(calendarPart.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
			var text = new String(calendarPart.getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			var calendar = parse(text);
			assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
			assertThat(event(calendar).getProperty("UID").orElseThrow().getValue())
				.isEqualTo(meeting.id() + "@plenary");
		}
		finally {
			smtp.stop();
		}
	}

	@Test
	void whoDidNotSubscribeToTheProgrammeReceivesNoInvitation() {
		var process = aNewProcess();
		aSubscriber(process, true, false, false);
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2034, 5, 2)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					false, null), administrator())
			.meeting();

		assertThat(this.outbox.delivery("meeting:" + meeting.id()).total()).isZero();
	}

	@Test
	void theMorningDigestListsTheDaysMeetingsOnceForEachSubscriber() {
		var process = aNewProcess();
		var subscriber = aSubscriber(process, false, false, true);
		var day = LocalDate.of(2039, 6, 7);
		this.programme.plan(new PlanMeetings(process.id(), List.of(day), List.of(StandardSlot.MORNING), null, null,
				"informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true, false, null),
				administrator());

		assertThat(this.worker.digest(day)).isGreaterThanOrEqualTo(1);
		var digest = this.outbox.messages(null, 1000, administrator())
			.stream()
			.filter((m) -> m.cause().equals("digest:" + day) && m.recipientName().equals(subscriber.username()))
			.toList();
		assertThat(digest).singleElement().satisfies((m) -> {
			assertThat(m.subject()).isEqualTo("Plenary: the journal of 2039-06-07");
			assertThat(m.body()).contains("The journal of Tuesday 7 June 2039").contains(process.shortName());
		});
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.worker.digest(day));
	}

	private Actor aSubscriber(ProcessView process, boolean letters, boolean programme, boolean digest) {
		var subscriber = new Actor("sub-" + UUID.randomUUID().toString().substring(0, 8),
				Set.of(Grant.delegateOf("MEX")));
		this.addresses.changeOwn(subscriber.username() + "@example.org", subscriber);
		this.subscriptions.subscribe(process.id(), letters, programme, digest, subscriber);
		return subscriber;
	}

	private ProcessView aNewProcess() {
		return this.processes.create(new NewProcess("I" + UUID.randomUUID().toString().substring(0, 6),
				"A process for invitations", null, null), administrator());
	}

	static Calendar parse(String text) {
		try {
			var calendar = new CalendarBuilder().build(new StringReader(text));
			calendar.validate();
			return calendar;
		}
		catch (Exception ex) {
			throw new AssertionError("Not a valid iCalendar object: " + ex.getMessage() + "\n" + text, ex);
		}
	}

	static VEvent event(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT").get(0);
	}

}
