package org.plenary.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A programme of work laid out as the seeds' letters lay it out. When every meeting sits
 * in the usual morning or afternoon slot, a row per day with a column per slot (seed 004:
 * Date | Morning | Afternoon | Location); otherwise a row per meeting (seed 003: Format |
 * Date | Time | Venue | Topic). Pages, PDF and DOCX print the same table.
 */
public record ProgrammeTable(boolean bySlot, List<MeetingRow> meetings, List<DayRow> days) {

	static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/** One meeting in the row-per-meeting layout. */
	public record MeetingRow(MeetingId id, String format, String date, String time, String venue, String topic,
			MeetingStatus status, @Nullable String note) {

		/** Not confirmed yet: pages, PDFs and feeds mark it so. */
		public boolean provisional() {
			return this.status == MeetingStatus.PROVISIONAL;
		}

		/** The topic as paper prints it: "Objectives 1-6 (provisional)". */
		public String printedTopic() {
			var shown = this.topic.isBlank() ? this.format : this.topic;
			return provisional() ? shown + " (provisional)" : shown;
		}

	}

	/**
	 * One day in the slot layout: what the morning and the afternoon discuss, and where.
	 */
	public record DayRow(String date, @Nullable MeetingRow morning, @Nullable MeetingRow afternoon, String venue) {
	}

	/**
	 * Lays out the meetings, leaving out those cancelled or postponed without a new date.
	 */
	public static ProgrammeTable of(List<MeetingView> meetings) {
		var shown = meetings.stream()
			.filter((m) -> m.status() != MeetingStatus.CANCELLED && m.status() != MeetingStatus.POSTPONED)
			.toList();
		var rows = shown.stream().map(ProgrammeTable::row).toList();
		var bySlot = !shown.isEmpty() && shown.stream().allMatch((m) -> standardSlotOf(m) != null)
				&& fitsOnePerSlot(shown);
		var days = new ArrayList<DayRow>();
		if (bySlot) {
			var byDay = new LinkedHashMap<LocalDate, List<MeetingView>>();
			shown.forEach((m) -> byDay.computeIfAbsent(m.slot().heldOn(), (d) -> new ArrayList<>()).add(m));
			byDay.forEach((day, ofDay) -> {
				MeetingView morning = ofDay.stream()
					.filter((m) -> standardSlotOf(m) == StandardSlot.MORNING)
					.findFirst()
					.orElse(null);
				MeetingView afternoon = ofDay.stream()
					.filter((m) -> standardSlotOf(m) == StandardSlot.AFTERNOON)
					.findFirst()
					.orElse(null);
				var venues = ofDay.stream().map(MeetingView::place).distinct().toList();
				days.add(new DayRow(UN_DATE.format(day), morning == null ? null : row(morning),
						afternoon == null ? null : row(afternoon), String.join(" / ", venues)));
			});
		}
		return new ProgrammeTable(bySlot, rows, days);
	}

	private static MeetingRow row(MeetingView meeting) {
		return new MeetingRow(meeting.id(), meeting.format(), UN_DATE.format(meeting.slot().heldOn()),
				meeting.slot().hasTimes() ? meeting.slot().times() : "To be announced", meeting.place(),
				meeting.subject(), meeting.status(), meeting.note());
	}

	private static @Nullable StandardSlot standardSlotOf(MeetingView meeting) {
		for (var standard : StandardSlot.values()) {
			if (standard.startsAt().equals(meeting.slot().startsAt())
					&& standard.endsAt().equals(meeting.slot().endsAt())) {
				return standard;
			}
		}
		return null;
	}

	private static boolean fitsOnePerSlot(List<MeetingView> meetings) {
		return meetings.stream().map((m) -> m.slot().heldOn() + " " + standardSlotOf(m)).distinct().count() == meetings
			.size();
	}

}
