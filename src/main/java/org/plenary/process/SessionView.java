package org.plenary.process;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

import org.jspecify.annotations.Nullable;
import org.plenary.system.LanguagePages;

/**
 * A session as pages, the API and other modules see it.
 */
public record SessionView(int number, LocalDate opensOn, @Nullable LocalDate closesOn, @Nullable String presidentName,
		@Nullable String presidentDelegation) {

	/** The number as the letters write it: "70th", "71st", "72nd", "73rd", "111th". */
	public String ordinal() {
		return ordinalOf(this.number);
	}

	/** A session number as the letters write it: 71 → "71st". */
	public static String ordinalOf(int number) {
		return LanguagePages.englishOrdinal(number);
	}

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && !day.isAfter(lastDay());
	}

	/**
	 * The session's last day: the close recorded, or else the eve of the next session's
	 * opening as the rules of procedure fix it, so that a session whose close is not yet
	 * recorded does not run on for ever.
	 */
	public LocalDate lastDay() {
		return this.closesOn != null ? this.closesOn : openingIn(this.opensOn.getYear() + 1).minusDays(1);
	}

	/**
	 * The day a regular session opens in a year: the Tuesday of the second week of
	 * September, counting from the first week that has a working day (5 September 2023,
	 * 10 September 2024, 9 September 2025).
	 */
	public static LocalDate openingIn(int year) {
		var first = LocalDate.of(year, Month.SEPTEMBER, 1);
		var firstWeek = first.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
				? first.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
				: first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return firstWeek.plusWeeks(1).plusDays(1);
	}

	/**
	 * A session as the calendar fixes it, for a day no session of the register covers:
	 * its number and its days by the rules, no President recorded. The first session
	 * opened in 1946.
	 */
	public static SessionView onCalendar(LocalDate day) {
		int year = day.isBefore(openingIn(day.getYear())) ? day.getYear() - 1 : day.getYear();
		return numbered(year - FIRST_YEAR + 1);
	}

	/** A session the register does not hold, by its number, as the calendar fixes it. */
	public static SessionView numbered(int number) {
		if (number < 1 || FIRST_YEAR + number > LocalDate.MAX.getYear()) {
			throw new IllegalArgumentException("There is no session " + number + " of the General Assembly.");
		}
		return new SessionView(number, openingIn(FIRST_YEAR + number - 1), null, null, null);
	}

	private static final int FIRST_YEAR = 1946;

}
