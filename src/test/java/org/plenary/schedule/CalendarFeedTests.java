package org.plenary.schedule;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.util.CompatibilityHints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.identity.Actors.administrator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feeds calendar clients subscribe to, read back with ical4j's strict parser and
 * validated.
 */
@PlenaryIntegrationTest
class CalendarFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Programme programme;

	@Autowired
	Processes processes;

	@Autowired
	Venues venues;

	@BeforeAll
	static void parseStrictly() {
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, false);
	}

	@Test
	void aProcessFeedIsValidICalendarWithItsMeetingsInNewYorkTime() throws Exception {
		var gcm = this.processes.process("gcm");
		var calendar = parse("/api/processes/" + gcm.id() + "/calendar.ics");

		calendar.validate();
		assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
			.satisfies((tz) -> assertThat(tz.getTimeZoneId().getValue()).isEqualTo("America/New_York"));
		var first = calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter((e) -> e.getProperty(Property.DTSTART).orElseThrow().getValue().equals("20180220T150000"))
			.findFirst()
			.orElseThrow();
		assertThat(first.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("America/New_York");
		assertThat(first.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20180220T180000");
		assertThat(first.getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("Trusteeship Council Chamber");
		assertThat(first.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains("Objectives 1-6");
		assertThat(first.getProperty(Property.UID).orElseThrow().getValue()).endsWith("@plenary");
	}

	@Test
	void aChangedMeetingKeepsItsUidAndRaisesItsSequenceAndACancelledOneSaysSo() throws Exception {
		var process = this.processes.create(
				new NewProcess("C" + UUID.randomUUID().toString().substring(0, 6), "Feed test", null, null),
				administrator());
		var day = LocalDate.of(2032, 3, 2);
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(day), List.of(StandardSlot.MORNING), null, null,
					"informal meeting", null, MeetingMode.VIRTUAL, List.of(), null, null, null, null, true, false,
					null), administrator())
			.meeting();
		var before = event(parse("/api/processes/" + process.id() + "/calendar.ics"));

		this.programme.cancel(meeting.id(), "Merged with the next meeting", administrator());
		var after = parse("/api/processes/" + process.id() + "/calendar.ics");
		after.validate();

		assertThat(event(after).getProperty(Property.UID)).isEqualTo(before.getProperty(Property.UID));
		assertThat(event(after).getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
		assertThat(event(after).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
		assertThat(event(after).getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Virtual");
	}

	@Test
	void anEventIsNamedAfterItsTopicAndAProvisionalMeetingIsTentative() throws Exception {
		var gcm = this.processes.process("gcm");
		var objectives = event(parse("/api/processes/" + gcm.id() + "/calendar.ics"), "20180220T150000");
		assertThat(objectives.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo(gcm.shortName() + " — Objectives 1-6");

		var process = this.processes.create(
				new NewProcess("T" + UUID.randomUUID().toString().substring(0, 6), "Feed test", null, null),
				administrator());
		this.programme.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2032, 3, 3)),
				List.of(StandardSlot.MORNING), null, null, "informal meeting", null, MeetingMode.VIRTUAL, List.of(),
				"The question of the veto", null, null, null, true, false, null), administrator());
		var provisional = event(parse("/api/processes/" + process.id() + "/calendar.ics"));
		assertThat(provisional.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo(process.shortName() + " — The question of the veto");
		assertThat(provisional.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("TENTATIVE");
	}

	private static VEvent event(Calendar calendar, String start) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter((e) -> e.getProperty(Property.DTSTART).orElseThrow().getValue().equals(start))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aClientThatHasTheLatestFeedGetsNotModified() throws Exception {
		var ign = this.processes.process("ign");
		var first = this.mvc.perform(get("/api/processes/" + ign.id() + "/calendar.ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andExpect(header().exists(HttpHeaders.LAST_MODIFIED))
			.andReturn()
			.getResponse();
		this.mvc.perform(get("/api/processes/" + ign.id() + "/calendar.ics").header(HttpHeaders.IF_NONE_MATCH,
				first.getHeader(HttpHeaders.ETAG)))
			.andExpect(status().isNotModified());
	}

	@Test
	void theJournalAndADelegationsFeedAreValidToo() throws Exception {
		parse("/api/journal/calendar.ics").validate();
		parse("/api/delegations/MEX/calendar.ics").validate();
	}

	/**
	 * RFC 5545, 3.6.1: in a VEVENT, DTSTAMP and UID are required and, like the other
	 * properties listed there, must not occur more than once.
	 */
	@Test
	void everyEventOfEveryFeedCarriesEachOfItsSinglePropertiesOnce() throws Exception {
		var once = java.util.List.of("DTSTAMP", "UID", "DTSTART", "CLASS", "CREATED", "DESCRIPTION", "GEO",
				"LAST-MODIFIED", "LOCATION", "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY", "TRANSP", "URL",
				"RECURRENCE-ID", "DTEND", "DURATION");
		var gcm = this.processes.process("gcm");
		for (var feed : java.util.List.of("/api/processes/" + gcm.id() + "/calendar.ics", "/api/journal/calendar.ics",
				"/api/delegations/MEX/calendar.ics")) {
			var events = parse(feed).<VEvent>getComponents("VEVENT");
			if (feed.startsWith("/api/processes/")) {
				assertThat(events).as(feed).isNotEmpty();
			}
			for (var event : events) {
				for (var name : once) {
					assertThat(event.getProperties(name)).as(feed + " " + name).hasSizeLessThanOrEqualTo(1);
				}
				assertThat(event.getProperties("DTSTAMP")).as(feed + " DTSTAMP").hasSize(1);
				assertThat(event.getProperties("UID")).as(feed + " UID").hasSize(1);
			}
		}
	}

	private Calendar parse(String path) throws Exception {
		var body = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new CalendarBuilder().build(new StringReader(body));
	}

	private static VEvent event(Calendar calendar) {
		return calendar.<VEvent>getComponents("VEVENT").get(0);
	}

}
