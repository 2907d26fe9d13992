package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Days written as the letters write them: "16 February 2018", "27-28 February 2018", "20,
 * 22 and 23 February 2018", "27-29 March, 1-2 May and 6-7 June 2018", "30 December 2024
 * and 2 January 2025".
 */
public final class UnDates {

	private UnDates() {
	}

	public static String of(List<LocalDate> days) {
		if (days.isEmpty()) {
			throw new IllegalArgumentException("There are no days to write.");
		}
		var sorted = new TreeSet<>(days);
		var byMonth = new LinkedHashMap<YearMonth, List<LocalDate>>();
		sorted.forEach((day) -> byMonth.computeIfAbsent(YearMonth.from(day), (m) -> new ArrayList<>()).add(day));
		var oneYear = sorted.first().getYear() == sorted.last().getYear();
		var groups = new ArrayList<String>();
		byMonth.forEach((month, ofMonth) -> groups.add(
				String.join(" ", joined(runs(ofMonth)), month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
						+ (oneYear ? "" : " " + month.getYear())));
		return joined(groups) + (oneYear ? " " + sorted.first().getYear() : "");
	}

	/**
	 * "27-29", "3", "5": three or more consecutive days as one range; two as a range only
	 * when they are the month's only days ("27-28 February", but "20, 22 and 23
	 * February").
	 */
	private static List<String> runs(List<LocalDate> days) {
		var runs = new ArrayList<String>();
		int i = 0;
		while (i < days.size()) {
			int j = i;
			while (j + 1 < days.size() && days.get(j + 1).equals(days.get(j).plusDays(1))) {
				j++;
			}
			if (j - i >= 2 || (j - i == 1 && days.size() == 2)) {
				runs.add(days.get(i).getDayOfMonth() + "-" + days.get(j).getDayOfMonth());
			}
			else {
				for (int k = i; k <= j; k++) {
					runs.add(String.valueOf(days.get(k).getDayOfMonth()));
				}
			}
			i = j + 1;
		}
		return runs;
	}

	/** "a", "a and b", "a, b and c". */
	static String joined(List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

}
