package org.plenary.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.process.TopicView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meetings the seed letters announce, on the programmes of the IGN and the Global
 * Compact, loaded through the door when the programme is empty. Meetings whose day has
 * passed are recorded as held, except those the letters announced only provisionally.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "plenary.demo-data", matchIfMissing = true)
class ScheduleDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ScheduleDemoData.class);

	private final Programme programme;

	private final Processes processes;

	private final Venues venues;

	private final MeetingRepository meetings;

	ScheduleDemoData(Programme programme, Processes processes, Venues venues, MeetingRepository meetings) {
		this.programme = programme;
		this.processes = processes;
		this.venues = venues;
		this.meetings = meetings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.meetings.count() > 0) {
			return;
		}
		var ign = this.processes.processes().stream().filter((p) -> p.slug().equals("ign")).findFirst();
		var gcm = this.processes.processes().stream().filter((p) -> p.slug().equals("gcm")).findFirst();
		ign.ifPresent(this::loadIgn);
		gcm.ifPresent(this::loadGlobalCompact);
		if (ign.isPresent() || gcm.isPresent()) {
			log.info("Loaded the meetings the seed letters announce.");
		}
	}

	private void loadIgn(ProcessView ign) {
		var tcc = room("Trusteeship Council Chamber");
		// Seed 001: "the next meeting of the IGN will be held on Wednesday February 3,
		// 2016 at 10am in the
		// Trusteeship Council Chamber", on the relationship between the Council and the
		// General Assembly.
		plan(ign, "IGN meeting", dates("2016-02-03"), LocalTime.of(10, 0), tcc,
				topics(ign, "Relationship between the Council and the General Assembly"), null, null, null, true);
		// Seed 002: "6th and 7th February 2017 ... in the Trusteeship Council Chamber, at
		// 10:00 am", general
		// comments including on the five key clusters.
		plan(ign, "IGN meeting", dates("2017-02-06", "2017-02-07"), LocalTime.of(10, 0), tcc, List.of(),
				"General comments on the IGN process, including the five key clusters", null, null, true);
		// Seed 000: the first meetings were held on 1-2 February 2018; the second on
		// 27-28 February in Conference
		// Room 2; a provisional workplan for 27-29 March, 1-2 May and 6-7 June.
		plan(ign, "informal meeting", dates("2018-02-01", "2018-02-02"), null, null, List.of(),
				"Assessments of the IGN process and proposals on the way forward", null, null, true);
		plan(ign, "informal meeting", dates("2018-02-27", "2018-02-28"), null, room("Conference Room 2"), List.of(),
				"Elements of Commonality and Issues for Further Consideration", null, null, true);
		plan(ign, "informal meeting",
				dates("2018-03-27", "2018-03-28", "2018-03-29", "2018-05-01", "2018-05-02", "2018-06-06", "2018-06-07"),
				null, null, List.of(), "Updated Elements of Commonality and Issues for Further Consideration",
				"Provisional workplan (letter of 15 February 2018)", null, false);
		// Seed 003: the first formal IGN session of the 79th session, both slots,
		// Trusteeship Council Chamber.
		planBothSlots(ign, "1st IGN Plenary", "2024-11-19", tcc, topics(ign, "Categories of membership"),
				"Cross-regional representation", null);
		planBothSlots(ign, "1st IGN Plenary", "2024-11-21", tcc, List.of(),
				"Model discussion (revised model by Liechtenstein)", "Reserved for possible spill-over");
	}

	private void loadGlobalCompact(ProcessView gcm) {
		// Seed 004: the programme of work for the first round of negotiations, by slot.
		var series = "first round of negotiations";
		var tcc = room("Trusteeship Council Chamber");
		var cr4 = room("Conference Room 4");
		var ecosoc = room("ECOSOC Chamber");
		slot(gcm, "2018-02-20", StandardSlot.MORNING, tcc, topics(gcm, "Preamble", "Vision and guiding principles"),
				"General statements", series);
		slot(gcm, "2018-02-20", StandardSlot.AFTERNOON, tcc, objectives(gcm, 1, 6), null, series);
		slot(gcm, "2018-02-22", StandardSlot.MORNING, cr4, objectives(gcm, 7, 12), null, series);
		slot(gcm, "2018-02-22", StandardSlot.AFTERNOON, cr4, objectives(gcm, 13, 17), null, series);
		slot(gcm, "2018-02-23", StandardSlot.MORNING, ecosoc, objectives(gcm, 18, 22), null, series);
		slot(gcm, "2018-02-23", StandardSlot.AFTERNOON, ecosoc, topics(gcm, "Implementation", "Follow-up and review"),
				null, series);
	}

	private void plan(ProcessView process, String format, List<LocalDate> dates, @Nullable LocalTime startsAt,
			@Nullable VenueId venue, List<UUID> topics, @Nullable String agenda, @Nullable String note,
			@Nullable String series, boolean heldIfPast) {
		var saved = this.programme.plan(new PlanMeetings(process.id(), dates, List.of(), startsAt, null, format, venue,
				MeetingMode.IN_PERSON, topics, agenda, note, series, null, true, heldIfPast, null), Actor.system());
		if (heldIfPast) {
			holdThosePast(saved);
		}
	}

	private void planBothSlots(ProcessView process, String format, String day, VenueId venue, List<UUID> topics,
			@Nullable String agenda, @Nullable String note) {
		holdThosePast(this.programme.plan(
				new PlanMeetings(process.id(), dates(day), List.of(StandardSlot.MORNING, StandardSlot.AFTERNOON), null,
						null, format, venue, MeetingMode.IN_PERSON, topics, agenda, note, null, null, true, true, null),
				Actor.system()));
	}

	private void slot(ProcessView process, String day, StandardSlot slot, VenueId venue, List<UUID> topics,
			@Nullable String agenda, String series) {
		holdThosePast(
				this.programme.plan(
						new PlanMeetings(process.id(), dates(day), List.of(slot), null, null, "round of negotiations",
								venue, MeetingMode.IN_PERSON, topics, agenda, null, series, null, true, true, null),
						Actor.system()));
	}

	private void holdThosePast(Saved saved) {
		var today = LocalDate.now(java.time.ZoneId.of("America/New_York"));
		saved.meetings()
			.stream()
			.filter((m) -> m.slot().heldOn().isBefore(today))
			.forEach((m) -> this.programme.markHeld(m.id(), Actor.system()));
	}

	private VenueId room(String name) {
		return this.venues.find(name).orElseThrow(() -> new IllegalStateException("No room " + name)).id();
	}

	private static List<LocalDate> dates(String... days) {
		return Arrays.stream(days).map(LocalDate::parse).toList();
	}

	private static List<UUID> topics(ProcessView process, String... titles) {
		return Arrays.stream(titles)
			.map((title) -> process.topics()
				.stream()
				.filter((t) -> t.title().equals(title))
				.map(TopicView::id)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(process.shortName() + " has no topic " + title)))
			.toList();
	}

	private static List<UUID> objectives(ProcessView process, int first, int last) {
		return process.topics().stream().filter((t) -> {
			var matcher = java.util.regex.Pattern.compile("Objective (\\d+):").matcher(t.title());
			return matcher.lookingAt() && Integer.parseInt(matcher.group(1)) >= first
					&& Integer.parseInt(matcher.group(1)) <= last;
		}).map(TopicView::id).toList();
	}

}
