package org.plenary.correspondence;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads meeting times in every spelling letters use: "10:00am-1:00pm", "3:00pm- 6:00pm",
 * "10.00 a.m. 1.00 p.m.", "3.00 6.00 p.m.", "(10:00-13:00)", "at 10am", "at 10:00 am",
 * "12 noon", "10 a.m. to 1 p.m. EST", "15:00-18:00". A start without "a.m." or "p.m."
 * takes the end's when that keeps it before the end ("3.00 6.00 p.m." is 15:00–18:00).
 */
final class TimeReader {

	/** A time, or a range of two, and where it stands. */
	record Times(int start, int end, LocalTime from, @Nullable LocalTime to) {
	}

	private static final String MERIDIEM = "(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b|noon\\b|midday\\b)";

	/** A clock time: "10", "10:00", "10.00", "10h00", with perhaps a.m./p.m./noon. */
	private static final String CLOCK = "(\\d{1,2})(?:[:.h](\\d{2}))?\\s*" + MERIDIEM + "?";

	private static final Pattern RANGE = Pattern.compile("(?<![\\d/.:-])" + CLOCK + "\\s*(?:-|to|until|till|and)?\\s*"
			+ CLOCK + "(?:\\s*(?:EST|EDT|ET|New York time|local time))?", Pattern.CASE_INSENSITIVE);

	private static final Pattern SINGLE = Pattern.compile("(?<![\\d/.:-])" + CLOCK, Pattern.CASE_INSENSITIVE);

	private static final Pattern CLOCK_WITH_MINUTES = Pattern.compile("\\d[:.h]\\d{2}");

	private static final Pattern AT = Pattern.compile("\\b(?:at|starting at|beginning at)\\s*$");

	private TimeReader() {
	}

	/**
	 * The times in a text, in order; each is a range where the text gives two, otherwise
	 * a start alone.
	 */
	static List<Times> read(String text) {
		var found = new ArrayList<Times>();
		var single = SINGLE.matcher(text);
		var range = RANGE.matcher(text);
		single.useTransparentBounds(true);
		range.useTransparentBounds(true);
		int length = text.length();
		int from = 0;
		// A time starts with a digit that follows no digit, dot, colon, slash or dash:
		// only there are the patterns
		// tried, not at every character.
		for (int at = from; at < length; at++) {
			char c = text.charAt(at);
			if (!Character.isDigit(c) || at > 0 && "0123456789/.:-".indexOf(text.charAt(at - 1)) >= 0) {
				continue;
			}
			range.region(at, length);
			if (range.lookingAt() && !twoTimes(text, at, range.end())) {
				var times = range(range.group(1), range.group(2), range.group(3), range.group(4), range.group(5),
						range.group(6), text.substring(range.start(), range.end()), hoursFollow(text, range.end()));
				if (times != null) {
					found.add(new Times(range.start(), range.end(), times[0], times[1]));
					at = range.end() - 1;
					continue;
				}
			}
			single.region(at, length);
			if (single.lookingAt()) {
				var time = single(single.group(1), single.group(2), single.group(3), precededByAt(text, at));
				if (time != null) {
					found.add(new Times(at, single.end(), time, null));
					at = single.end() - 1;
				}
			}
		}
		return found;
	}

	private static LocalTime @Nullable [] range(String h1, @Nullable String m1, @Nullable String mer1, String h2,
			@Nullable String m2, @Nullable String mer2, String written, boolean hours) {
		// Two numbers make a range only when the text shows they are times: a colon, or
		// a.m./p.m. on one of them.
		boolean looksLikeTimes = m1 != null && CLOCK_WITH_MINUTES.matcher(written).find() || mer1 != null
				|| mer2 != null;
		if (!hours && (!looksLikeTimes || m2 == null && mer2 == null && !written.contains(":"))) {
			return null;
		}
		var end = clock(h2, m2, mer2);
		if (end == null) {
			return null;
		}
		var start = clock(h1, m1, mer1);
		if (start == null) {
			return null;
		}
		if (mer1 == null && mer2 != null && mer2.toLowerCase(Locale.ROOT).startsWith("p")) {
			// "3.00 6.00 p.m.": the start shares the end's afternoon when that keeps it
			// before the end.
			var afternoon = clock(h1, m1, mer2);
			if (afternoon != null && afternoon.isBefore(end)) {
				start = afternoon;
			}
		}
		if (!end.isAfter(start)) {
			return null;
		}
		return new LocalTime[] { start, end };
	}

	private static @Nullable LocalTime single(String hour, @Nullable String minute, @Nullable String meridiem,
			boolean afterAt) {
		// A lone number is a time only with a.m./p.m./noon, with minutes after a colon,
		// or after "at".
		if (meridiem == null && minute == null && !afterAt) {
			return null;
		}
		if (meridiem == null && minute == null && Integer.parseInt(hour) < 7) {
			return null;
		}
		return clock(hour, minute, meridiem);
	}

	private static @Nullable LocalTime clock(String hour, @Nullable String minute, @Nullable String meridiem) {
		int h = Integer.parseInt(hour);
		int m = minute == null ? 0 : Integer.parseInt(minute);
		if (h > 23 || m > 59) {
			return null;
		}
		if (meridiem != null) {
			var mer = meridiem.toLowerCase(Locale.ROOT).replace(".", "").replace(" ", "");
			if (mer.equals("noon") || mer.equals("midday")) {
				return h == 12 ? LocalTime.NOON : null;
			}
			if (h == 0 || h > 12) {
				return null;
			}
			if (mer.startsWith("p") && h < 12) {
				h += 12;
			}
			if (mer.startsWith("a") && h == 12) {
				h = 0;
			}
		}
		return LocalTime.of(h, m);
	}

	/**
	 * "10 - 13 and 15 - 18 hours": bare numbers are a day's 24-hour ranges when "hours"
	 * follows them (after another range perhaps).
	 */
	private static final Pattern HOURS_AFTER = Pattern.compile(
			"\\s*(?:(?:and|,)\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*-\\s*\\d{1,2}(?:[:.]\\d{2})?\\s*)?(?:hours|hrs|h)\\b",
			Pattern.CASE_INSENSITIVE);

	private static boolean hoursFollow(String text, int end) {
		int to = Math.min(text.length(), end + 40);
		// Only where an "h" follows: most times are not bare numbers.
		return hasAnH(text, end, to) && HOURS_AFTER.matcher(text).region(end, to).lookingAt();
	}

	private static boolean hasAnH(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == 'h' || c == 'H') {
				return true;
			}
		}
		return false;
	}

	private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s*$", Pattern.CASE_INSENSITIVE);

	/**
	 * Whether " and " (any case, between spaces of any kind) stands between two
	 * positions.
	 */
	private static boolean hasAnd(String text, int start, int end) {
		for (int i = start; i + 5 <= end; i++) {
			if ((text.charAt(i + 1) | 0x20) == 'a' && (text.charAt(i + 2) | 0x20) == 'n'
					&& (text.charAt(i + 3) | 0x20) == 'd' && LetterExtractor.isPatternSpace(text.charAt(i))
					&& LetterExtractor.isPatternSpace(text.charAt(i + 4))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "at 10:00 am and 3:00 pm" is two times, two slots of a day; only "between 10 a.m.
	 * and 1 p.m." makes "and" a range.
	 */
	private static boolean twoTimes(String text, int start, int end) {
		if (!hasAnd(text, start, end)) {
			return false;
		}
		return !BETWEEN.matcher(text.substring(Math.max(0, start - 12), start)).find();
	}

	private static boolean precededByAt(String text, int position) {
		// "at" before the spaces, or no pattern is tried.
		int end = position;
		while (end > 0 && end > position - 12 && LetterExtractor.isPatternSpace(text.charAt(end - 1))) {
			end--;
		}
		if (end < 2 || end - 2 < position - 12 || (text.charAt(end - 1) | 0x20) != 't'
				|| (text.charAt(end - 2) | 0x20) != 'a') {
			return false;
		}
		var before = text.substring(Math.max(0, position - 12), position).toLowerCase(Locale.ROOT);
		return AT.matcher(before).find();
	}

}
