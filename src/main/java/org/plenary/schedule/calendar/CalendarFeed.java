package org.plenary.schedule.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.plenary.schedule.MeetingStatus;
import org.plenary.schedule.MeetingView;

import org.springframework.stereotype.Component;

/**
 * Writes meetings as an iCalendar feed (RFC 5545) that Outlook, Google and Apple
 * calendars subscribe to: one event per meeting with a stable UID, a SEQUENCE raised on
 * every change, STATUS:CANCELLED for a cancelled meeting, times in America/New_York with
 * its VTIMEZONE, the room as LOCATION and the topics as DESCRIPTION.
 */
@Component
public class CalendarFeed {

	static final String ZONE = "America/New_York";

	private final VTimeZone newYork;

	public CalendarFeed() {
		this.newYork = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ZONE).getVTimeZone();
	}

	/**
	 * The feed named as the calendar client will show it ("IGN — Plenary"), with the
	 * given meetings.
	 */
	public String write(String name, List<MeetingView> meetings) {
		return write(name, meetings, org.plenary.system.Language.ENGLISH);
	}

	/**
	 * The feed in a language: each event's description in it (series, status), its
	 * summary and description tagged with the language (RFC 5545 LANGUAGE); what people
	 * typed (topics, rooms) as typed.
	 */
	public String write(String name, List<MeetingView> meetings, org.plenary.system.Language language) {
		// ical4j's containers change in place; add() also returns them, typed loosely, so
		// it is not chained here.
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Plenary//Programme of work//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", ZONE));
		calendar.add(this.newYork);
		for (var meeting : meetings) {
			calendar.add(event(meeting, language));
		}
		var out = new StringWriter();
		try {
			// Not validated on every request: CalendarFeedTests validates what this
			// writes, strictly.
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException(
					"Plenary wrote an iCalendar feed that does not validate: " + ex.getMessage(), ex);
		}
		return out.toString();
	}

	/**
	 * An invitation to one meeting for one attendee (iTIP, RFC 5546, sent by e-mail as
	 * iMIP, RFC 6047): METHOD:REQUEST for an announced or changed meeting, METHOD:CANCEL
	 * for a cancelled one. The UID is the feed's, so a calendar that subscribed to the
	 * feed and one that received the invitation hold the same event; the SEQUENCE is the
	 * meeting's, raised on every change, so each update replaces the last.
	 */
	public String invitation(MeetingView meeting, boolean cancel, String organizer, String organizerName,
			String attendee) {
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Plenary//Programme of work//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		calendar.add(this.newYork);
		var event = event(meeting);
		if (cancel) {
			event.replace(ImmutableStatus.VEVENT_CANCELLED);
		}
		else if (meeting.status() == MeetingStatus.CANCELLED) {
			throw new IllegalArgumentException("A cancelled meeting is sent as a cancellation");
		}
		var from = new Organizer(URI.create("mailto:" + organizer));
		from.add(new Cn(parameterText(organizerName)));
		event.add(from);
		var to = new Attendee(URI.create("mailto:" + attendee));
		to.add(Role.REQ_PARTICIPANT);
		to.add(PartStat.NEEDS_ACTION);
		to.add(Rsvp.FALSE);
		event.add(to);
		calendar.add(event);
		var out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/** A parameter's value may not hold a double quote or a control character. */
	private static String parameterText(String text) {
		return text.replaceAll("[\\p{Cntrl}\"]", " ").strip();
	}

	private static VEvent event(MeetingView meeting) {
		return event(meeting, org.plenary.system.Language.ENGLISH);
	}

	private static VEvent event(MeetingView meeting, org.plenary.system.Language language) {
		var slot = meeting.slot();
		var zone = ZoneId.of(ZONE);
		VEvent event;
		if (slot.hasTimes()) {
			event = new VEvent(ZonedDateTime.of(slot.heldOn(), slot.startsAt(), zone),
					ZonedDateTime.of(slot.heldOn(), slot.effectiveEnd(), zone), meeting.summary());
		}
		else {
			// Announced without a time yet: an all-day event on its day.
			event = new VEvent(slot.heldOn(), slot.heldOn().plusDays(1), meeting.summary());
		}
		event.add(new Uid(meeting.id() + "@plenary"));
		// The constructor stamped it already: once only (RFC 5545, 3.6.1).
		event.replace(new DtStamp(meeting.updatedAt()));
		event.add(new LastModified(meeting.updatedAt()));
		event.add(new Sequence(meeting.sequence()));
		event.add(new Location(meeting.place()));
		var description = new Description(description(meeting, language));
		if (language != org.plenary.system.Language.ENGLISH) {
			description.add(new net.fortuna.ical4j.model.parameter.Language(language.tag()));
			event.getProperty(net.fortuna.ical4j.model.Property.SUMMARY)
				.ifPresent((summary) -> summary.add(new net.fortuna.ical4j.model.parameter.Language(language.tag())));
		}
		event.add(description);
		event.add(status(meeting.status()));
		return event;
	}

	private static net.fortuna.ical4j.model.property.Status status(MeetingStatus status) {
		return switch (status) {
			case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
			case PROVISIONAL, POSTPONED -> ImmutableStatus.VEVENT_TENTATIVE;
			case CONFIRMED, HELD -> ImmutableStatus.VEVENT_CONFIRMED;
		};
	}

	private static String description(MeetingView meeting, org.plenary.system.Language language) {
		var words = org.plenary.system.DocumentWords.of(language);
		var text = new StringBuilder(meeting.processName().name());
		if (!meeting.subject().isBlank()) {
			text.append("\n").append(meeting.subject());
		}
		if (meeting.note() != null) {
			text.append("\n").append(meeting.note());
		}
		if (meeting.series() != null) {
			text.append("\n").append(words.get("documents.calendar.series", meeting.series()));
		}
		text.append("\n")
			.append(words.get("documents.calendar.status", words.get("documents.status." + meeting.status().name())));
		return text.toString();
	}

}
