package org.plenary.schedule.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.plenary.schedule.MeetingView;

/**
 * A month as a calendar page draws it: weeks from Monday to Sunday, each day with its
 * meetings.
 */
record CalendarMonth(YearMonth month, List<List<Day>> weeks) {

	record Day(LocalDate date, boolean inMonth, List<MeetingView> meetings) {
	}

	/**
	 * Whether no meeting falls in the month itself: the page then says so in words, since
	 * a phone shows only the days that have meetings and would show nothing at all.
	 */
	public boolean isEmpty() {
		return this.weeks.stream().flatMap(List::stream).noneMatch((day) -> day.inMonth() && !day.meetings().isEmpty());
	}

	static CalendarMonth of(YearMonth month, List<MeetingView> meetings) {
		var first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		var weeks = new ArrayList<List<Day>>();
		for (var monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			var week = new ArrayList<Day>();
			for (int i = 0; i < 7; i++) {
				var day = monday.plusDays(i);
				week.add(new Day(day, YearMonth.from(day).equals(month),
						meetings.stream().filter((m) -> m.slot().heldOn().equals(day)).toList()));
			}
			weeks.add(week);
		}
		return new CalendarMonth(month, weeks);
	}

	static List<Day> week(LocalDate anyDay, List<MeetingView> meetings) {
		var monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		var days = new ArrayList<Day>();
		for (int i = 0; i < 7; i++) {
			var day = monday.plusDays(i);
			days.add(new Day(day, true, meetings.stream().filter((m) -> m.slot().heldOn().equals(day)).toList()));
		}
		return days;
	}

}
