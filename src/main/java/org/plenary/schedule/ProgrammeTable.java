package org.plenary.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.system.DocumentWords;
import org.plenary.system.Language;

/**
 * A programme of work laid out as the seeds' letters lay it out. When every meeting sits
 * in the usual morning or afternoon slot, a row per day with a column per slot (seed 004:
 * Date | Morning | Afternoon | Location); otherwise a row per meeting (seed 003: Format |
 * Date | Time | Venue | Topic). Pages, PDF and DOCX print the same table.
 */
public record ProgrammeTable(boolean bySlot, List<MeetingRow> meetings, List<DayRow> days) {

	/**
	 * One meeting in the row-per-meeting layout, its date and words in the table's
	 * language; its format, venue, topic and note as typed.
	 */
	public record MeetingRow(MeetingId id, String format, String date, String time, String venue, String topic,
			MeetingStatus status, @Nullable String note, Language language, @Nullable String series) {

		/** Not confirmed yet: pages, PDFs and feeds mark it so. */
		public boolean provisional() {
			return this.status == MeetingStatus.PROVISIONAL;
		}

		/** The topic as paper prints it: "Objectives 1-6 (provisional)". */
		public String printedTopic() {
			var shown = this.topic.isBlank() ? this.format : this.topic;
			return provisional() ? DocumentWords.of(this.language).get("documents.provisional", shown) : shown;
		}

	}

	/**
	 * What every meeting of the table is, said once above a table laid out by slot: the
	 * series they all belong to ("first round of negotiations"), or else their one kind
	 * ("1st IGN Plenary"); none when they differ, and each slot then says its own.
	 */
	public @Nullable String commonFormat() {
		var series = this.meetings.stream().map(MeetingRow::series).distinct().toList();
		if (series.size() == 1 && series.get(0) != null) {
			return series.get(0);
		}
		var formats = this.meetings.stream().map(MeetingRow::format).distinct().toList();
		return formats.size() == 1 ? formats.get(0) : null;
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
		return of(meetings, Language.ENGLISH);
	}

	/**
	 * Lays out the meetings in a language (dates, "To be announced", "provisional"),
	 * leaving out those cancelled or postponed without a new date.
	 */
	public static ProgrammeTable of(List<MeetingView> meetings, Language language) {
		var shown = meetings.stream()
			.filter((m) -> m.status() != MeetingStatus.CANCELLED && m.status() != MeetingStatus.POSTPONED)
			.toList();
		var rows = shown.stream().map((m) -> row(m, language)).toList();
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
				days.add(new DayRow(language.longDate(day), morning == null ? null : row(morning, language),
						afternoon == null ? null : row(afternoon, language), String.join(" / ", venues)));
			});
		}
		return new ProgrammeTable(bySlot, rows, days);
	}

	private static MeetingRow row(MeetingView meeting, Language language) {
		return new MeetingRow(meeting.id(), meeting.format(), language.longDate(meeting.slot().heldOn()),
				meeting.slot().hasTimes() ? meeting.slot().times()
						: DocumentWords.of(language).get("documents.toBeAnnounced"),
				meeting.place(), meeting.subject(), meeting.status(), meeting.note(), language, meeting.series());
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
