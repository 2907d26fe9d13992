package org.plenary.mail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.schedule.MeetingCancelled;
import org.plenary.schedule.MeetingChanged;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingScheduled;
import org.plenary.schedule.MeetingStatus;
import org.plenary.schedule.MeetingView;
import org.plenary.process.ProcessId;
import org.plenary.schedule.Programme;
import org.plenary.schedule.calendar.CalendarFeed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes to a programme of work, to the people subscribed to it: each meeting added as
 * an iMIP invitation (METHOD:REQUEST), each change as its update (the same UID, a higher
 * SEQUENCE), a cancellation as METHOD:CANCEL. Written in the transaction of the change. A
 * process nobody subscribed to costs one query: the meeting is read, and the calendar
 * feed (ical4j's time-zone registry, a second of a cold start) made, only for a
 * subscriber — not for the demo programme loaded before readiness.
 */
@Component
class ProgrammeMail {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private final Programme programme;

	private final ObjectProvider<CalendarFeed> calendar;

	private final Subscriptions subscriptions;

	private final Addresses addresses;

	private final Outbox outbox;

	ProgrammeMail(Programme programme, ObjectProvider<CalendarFeed> calendar, Subscriptions subscriptions,
			Addresses addresses, Outbox outbox) {
		this.programme = programme;
		this.calendar = calendar;
		this.subscriptions = subscriptions;
		this.addresses = addresses;
		this.outbox = outbox;
	}

	@EventListener
	void on(MeetingScheduled scheduled) {
		invite(scheduled.meeting(), scheduled.process(), "Added to the programme", false);
	}

	@EventListener
	void on(MeetingChanged changed) {
		invite(changed.meeting(), changed.process(), changed.summary(), false);
	}

	@EventListener
	void on(MeetingCancelled cancelled) {
		invite(cancelled.meeting(), cancelled.process(), "Cancelled: " + cancelled.reason(), true);
	}

	private void invite(MeetingId id, ProcessId process, String what, boolean cancel) {
		var recipients = recipients(process);
		if (recipients.isEmpty()) {
			return;
		}
		var meeting = this.programme.meeting(id);
		if (!cancel && (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.HELD)) {
			return;
		}
		var calendar = this.calendar.getObject();
		var subject = Outbox.oneLine("%s%s: %s, %s".formatted(cancel ? "Cancelled: " : "",
				meeting.processName().shortName(), meeting.title(), DAY.format(meeting.slot().heldOn())), 1000);
		var body = body(meeting, what);
		var organizer = this.outbox.from();
		var organizerName = "Secretariat of " + meeting.processName().shortName();
		var messages = new ArrayList<NewMessage>();
		for (var recipient : recipients.entrySet()) {
			var invitation = calendar.invitation(meeting, cancel, organizer.getAddress(), organizerName,
					recipient.getKey());
			messages.add(new NewMessage("meeting:" + meeting.id(), new EmailAddress(recipient.getKey()),
					recipient.getValue(), subject, body, invitation, cancel ? "CANCEL" : "REQUEST", null));
		}
		this.outbox.queueAll(messages);
	}

	/** The subscribers to the process's programme who gave an address: address → name. */
	private Map<String, String> recipients(ProcessId process) {
		var usernames = this.subscriptions.subscribers(process.value(), Subscriptions.Kind.PROGRAMME);
		var recipients = new LinkedHashMap<String, String>();
		this.addresses.ownAddresses(usernames)
			.forEach((username, address) -> recipients.putIfAbsent(address, username));
		return recipients;
	}

	static String body(MeetingView meeting, String what) {
		return """
				%s

				%s
				%s, %s
				%s
				Status: %s
				%s
				Your calendar keeps this meeting up to date: a change replaces it, a cancellation removes it.
				""".formatted(what, meeting.title(), DAY.format(meeting.slot().heldOn()), meeting.slot().times(),
				meeting.place(), meeting.status().name().toLowerCase(Locale.ROOT),
				meeting.subject().isBlank() ? "" : meeting.subject() + "\n");
	}

	/** The meetings of the day, for the morning digest: one line each. */
	static String journal(LocalDate day, List<MeetingView> meetings) {
		var text = new StringBuilder("The journal of " + DAY.format(day) + "\n\n");
		for (var meeting : meetings) {
			text.append(meeting.slot().times())
				.append("  ")
				.append(meeting.title())
				.append(" (")
				.append(meeting.processName().shortName())
				.append("), ")
				.append(meeting.place())
				.append(meeting.status() == MeetingStatus.CANCELLED ? " — cancelled" : "")
				.append('\n');
		}
		return text.toString();
	}

}
