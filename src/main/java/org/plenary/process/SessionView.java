package org.plenary.process;

import java.time.LocalDate;

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
		return !day.isBefore(this.opensOn) && (this.closesOn == null || !day.isAfter(this.closesOn));
	}

}
