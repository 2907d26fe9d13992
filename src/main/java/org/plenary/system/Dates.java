package org.plenary.system;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The dates Plenary holds: from the founding of the United Nations to the last year that
 * calendars (iCalendar, ISO 8601 without its extension) write in four digits. A date
 * outside (a meeting in the year 999999999) is a mistake or an attack; it is refused
 * where it comes in, before it reaches the programme, the public calendar or a document.
 */
public final class Dates {

	public static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	public static final String OUT_OF_RANGE = "Give a date between 1 January 1945 and 31 December 9999.";

	private Dates() {
	}

	public static boolean inRange(@Nullable LocalDate date) {
		return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
	}

	/** The date, or a refusal naming the field. */
	public static @Nullable LocalDate require(String field, @Nullable LocalDate date) {
		if (!inRange(date)) {
			throw new InvalidInput(field, OUT_OF_RANGE, "date.outOfRange");
		}
		return date;
	}

}
