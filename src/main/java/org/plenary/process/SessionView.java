package org.plenary.process;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

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
		int lastTwo = number % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

	public boolean isOpenOn(LocalDate day) {
		return !day.isBefore(this.opensOn) && (this.closesOn == null || !day.isAfter(this.closesOn));
	}

}
