package org.plenary.correspondence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the dates letters write, in every form the seeds and their kind use: "16 February
 * 2018", "February 2, 2024", "Wednesday February 3, 2016", "6th and 7th February 2017",
 * "27-28 February", "19 and 21 November 2024", "20, 22 and 23 February", "27-29 March,
 * 1-2 May and 6-7 June", "14 to 18 May", "30 April to 2 May 2018", "April 30 - May 2". A
 * date without a year takes the year of the next date in the same run that has one, or,
 * failing that, the one the letter implies (see {@link #resolve}).
 */
final class DateReader {

	/**
	 * A written date: day and month, with the year and the weekday when they are written.
	 */
	record Day(int day, Month month, @Nullable Integer year, @Nullable DayOfWeek weekday) {

		Day(int day, Month month, @Nullable Integer year) {
			this(day, month, year, null);
		}

	}

	/** A run of dates written together, and where it stands in the text. */
	record Mention(int start, int end, List<Day> days) {

		boolean hasYear() {
			return this.days.stream().allMatch((d) -> d.year() != null);
		}

	}

	static final Map<String, Month> MONTHS = Map.ofEntries(Map.entry("january", Month.JANUARY),
			Map.entry("jan", Month.JANUARY), Map.entry("february", Month.FEBRUARY), Map.entry("feb", Month.FEBRUARY),
			Map.entry("march", Month.MARCH), Map.entry("mar", Month.MARCH), Map.entry("april", Month.APRIL),
			Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE),
			Map.entry("jun", Month.JUNE), Map.entry("july", Month.JULY), Map.entry("jul", Month.JULY),
			Map.entry("august", Month.AUGUST), Map.entry("aug", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
			Map.entry("sept", Month.SEPTEMBER), Map.entry("sep", Month.SEPTEMBER), Map.entry("october", Month.OCTOBER),
			Map.entry("oct", Month.OCTOBER), Map.entry("november", Month.NOVEMBER), Map.entry("nov", Month.NOVEMBER),
			Map.entry("december", Month.DECEMBER), Map.entry("dec", Month.DECEMBER));

	private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
			+ "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

	private static final String WEEKDAY = "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+)?";

	private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";

	/** Between two days of a list: ", ", " and ", ", and ", "&". */
	private static final String AND = "\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)";

	/**
	 * Between the two ends of a range: "-", " to ", " until ", " through ", and a "to"
	 * run into the day after it, as typed or read ("22 to23 February").
	 */
	private static final String TO = "\\s*(?:-|\\b(?:to|until|through|till)(?:\\b|(?=\\d)))\\s*";

	/** ", 2024", " 2024", and OCR's ",2006" without a space. */
	private static final String YEAR = "(?:(?:,?\\s+|,)((?:19|20)\\d\\d)\\b)?";

	/**
	 * Where a month's name written after its days ends: at a word's end, or at the full
	 * stop of its abbreviation, so that the year after "4-6 Dec. 2031" is read.
	 */
	private static final String MONTH_END = "(?:\\b|(?<=\\.))";

	/** "30 April to 2 May 2018", "30 April - 2 May". */
	private static final Pattern CROSS_MONTH_DAY_FIRST = Pattern
		.compile("\\b" + WEEKDAY + "(" + DAY + ")\\s+(" + MONTH + ")" + "(?:,?\\s+((?:19|20)\\d\\d))?" + TO + WEEKDAY
				+ "(" + DAY + ")\\s+(" + MONTH + ")" + MONTH_END + YEAR, Pattern.CASE_INSENSITIVE);

	/** "April 30 - May 2, 2018". */
	private static final Pattern CROSS_MONTH_MONTH_FIRST = Pattern.compile("\\b" + WEEKDAY + "(" + MONTH + ")\\s+("
			+ DAY + ")" + TO + WEEKDAY + "(" + MONTH + ")\\s+(" + DAY + ")\\b" + YEAR, Pattern.CASE_INSENSITIVE);

	/** "6th and 7th February 2017", "27-29 March", "20, 22 and 23 February". */
	private static final Pattern DAYS_FIRST = Pattern.compile("\\b" + WEEKDAY + "(" + DAY + "(?:(?:" + TO + "|" + AND
			+ ")" + WEEKDAY + DAY + "){0,12})\\s+(?:of\\s+)?(" + MONTH + ")" + MONTH_END + YEAR,
			Pattern.CASE_INSENSITIVE);

	/** "February 3, 2016", "February 6 and 7, 2017", "March 27-29". */
	private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + WEEKDAY + "(" + MONTH + ")\\s+(" + DAY + "(?:(?:"
			+ TO + "|" + AND + ")" + DAY + "){0,12})\\b(?!\\s*[:.]\\d)" + YEAR, Pattern.CASE_INSENSITIVE);

	private static final Pattern WEEKDAY_IN_LIST = Pattern
		.compile("(?i)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?");

	private static final Pattern JOINED = Pattern.compile("\\s*(?:,|and|,\\s*and|&)\\s*");

	private static final Pattern PLACE = Pattern.compile("^(?:New York|Geneva|Vienna|Nairobi)\\s*,\\s*");

	private static final Pattern FINAL_STOP = Pattern.compile("\\.$");

	private static final Pattern ONE_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");

	private static final Pattern RANGE_OR_LIST = Pattern
		.compile("(\\d{1,2})(?:st|nd|rd|th)?(?:" + TO + "(\\d{1,2})(?:st|nd|rd|th)?)?", Pattern.CASE_INSENSITIVE);

	private DateReader() {
	}

	/**
	 * Every date names its month: the full patterns run only near a month's name, not at
	 * every word.
	 */
	private static final Pattern MONTH_NAME = Pattern.compile("\\b" + MONTH + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

	/** How far from a month's name its run of dates may start and end. */
	private static final int BEFORE_MONTH = 60;

	private static final int AFTER_MONTH = 40;

	/**
	 * This thread's matchers of the four patterns of a run of dates, made once: a matcher
	 * of a pattern with many groups costs more to make than most sentences take to read.
	 */
	private static final ThreadLocal<List<Matcher>> RUN_MATCHERS = ThreadLocal.withInitial(() -> {
		var matchers = new ArrayList<Matcher>();
		for (var pattern : List.of(CROSS_MONTH_DAY_FIRST, CROSS_MONTH_MONTH_FIRST, DAYS_FIRST, MONTH_FIRST)) {
			var m = pattern.matcher("");
			m.useTransparentBounds(true);
			m.useAnchoringBounds(false);
			matchers.add(m);
		}
		return List.copyOf(matchers);
	});

	/**
	 * Every run of dates in the text, in order, without overlaps; runs joined by "," or
	 * "and" share a year.
	 */
	static List<Mention> mentions(String text) {
		var found = new ArrayList<Mention>();
		var taken = new boolean[text.length() + 1];
		var windows = new ArrayList<int[]>();
		for (var month : monthNames(text)) {
			int from = Math.max(0, month[0] - BEFORE_MONTH);
			int to = Math.min(text.length(), month[1] + AFTER_MONTH);
			if (!windows.isEmpty() && windows.get(windows.size() - 1)[1] >= from) {
				windows.get(windows.size() - 1)[1] = to;
			}
			else {
				windows.add(new int[] { from, to });
			}
		}
		if (!windows.isEmpty()) {
			var matchers = RUN_MATCHERS.get();
			for (var m : matchers) {
				m.reset(text);
			}
			for (var window : windows) {
				mentionsIn(text, window[0], window[1], found, taken, matchers);
			}
		}
		found.sort(java.util.Comparator.comparingInt(Mention::start));
		return shareYears(text, betweenSpans(text, found));
	}

	/** "between" (and "the") just before a date. */
	private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?$");

	/** Only "and" between two dates. */
	private static final Pattern AND_ONLY = Pattern.compile("(?i)\\s+and\\s+(?:the\\s+)?");

	/**
	 * "between 3 and 5 May", "between 30 April and 2 May 2031": the days from one to the
	 * other, not the two alone.
	 */
	private static List<Mention> betweenSpans(String text, List<Mention> mentions) {
		if (!text.contains("etween")) {
			return mentions;
		}
		var result = new ArrayList<Mention>(mentions.size());
		for (int k = 0; k < mentions.size(); k++) {
			var mention = mentions.get(k);
			var before = text.substring(Math.max(0, mention.start() - 14), mention.start());
			if (!before.contains("etween") || !BETWEEN_BEFORE.matcher(before).find()) {
				result.add(mention);
				continue;
			}
			var days = new ArrayList<Day>();
			var first = mention.days().get(0);
			int end = mention.end();
			if (mention.days().size() == 2 && mention.days().get(1).month() == first.month()
					&& text.substring(mention.start(), mention.end()).contains(" and ")) {
				var last = mention.days().get(1);
				fillRange(days, first.day(), first.month(), first.year(), last.day(), last.month(), last.year());
			}
			else if (mention.days().size() == 1 && k + 1 < mentions.size() && mentions.get(k + 1).days().size() == 1
					&& AND_ONLY.matcher(text).region(mention.end(), mentions.get(k + 1).start()).matches()) {
				var last = mentions.get(k + 1).days().get(0);
				fillRange(days, first.day(), first.month(), first.year(), last.day(), last.month(), last.year());
				if (days.size() > 1) {
					end = mentions.get(k + 1).end();
					k++;
				}
			}
			result.add(days.size() > 1 ? new Mention(mention.start(), end, days) : mention);
		}
		return result;
	}

	/**
	 * Where the text names a month, found in one pass over it: a word whose first three
	 * letters start a month's name and which is a month's name or its abbreviation. (A
	 * regular expression of twenty-five names tried at every word was most of the
	 * extractor's time.)
	 */
	private static final String MONTH_STARTS = "jan feb mar apr may jun jul aug sep oct nov dec";

	/**
	 * Whether the three letters at {@code at} begin a month's name, whatever their case.
	 */
	private static boolean startsAMonth(CharSequence text, int at) {
		char a = Character.toLowerCase(text.charAt(at));
		char b = Character.toLowerCase(text.charAt(at + 1));
		char c = Character.toLowerCase(text.charAt(at + 2));
		for (int k = 0; k < MONTH_STARTS.length(); k += 4) {
			if (MONTH_STARTS.charAt(k) == a && MONTH_STARTS.charAt(k + 1) == b && MONTH_STARTS.charAt(k + 2) == c) {
				return true;
			}
		}
		return false;
	}

	/** The letters a month's name starts with, in either case. */
	private static final boolean[] MONTH_INITIAL = new boolean[128];

	static {
		for (char c : "JFMASONDjfmasond".toCharArray()) {
			MONTH_INITIAL[c] = true;
		}
	}

	static List<int[]> monthNames(CharSequence text) {
		var found = new ArrayList<int[]>();
		int length = text.length();
		for (int i = 0; i + 2 < length; i++) {
			// A month's first letter first, from a table: most characters are not one,
			// and asking whether each is a letter was most of the look.
			char c = text.charAt(i);
			if (c >= 128 || !MONTH_INITIAL[c] || i > 0 && Character.isLetter(text.charAt(i - 1))) {
				continue;
			}
			int end = i;
			while (end < length && Character.isLetter(text.charAt(end))) {
				end++;
			}
			// Month names and their abbreviations have three to nine letters: no string
			// is made for other words.
			if (end - i >= 3 && end - i <= 9 && startsAMonth(text, i)
					&& MONTHS.containsKey(text.subSequence(i, end).toString().toLowerCase(Locale.ROOT))) {
				found.add(new int[] { i, end });
			}
			i = end;
		}
		return found;
	}

	private static final java.util.Set<String> STARTING_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday");

	/**
	 * The runs of dates in a window. A run starts at a number, a weekday or a month's
	 * name, so the patterns are tried only there, anchored, rather than at every
	 * character.
	 */
	private static void mentionsIn(String text, int from, int to, List<Mention> found, boolean[] taken,
			List<Matcher> matchers) {
		for (int start = from; start < to; start++) {
			if (taken[start] || !startsARun(text, start)) {
				continue;
			}
			// After its weekday, a run starts with a day or with a month: at a number
			// only the patterns starting with a day can match, at a month's name only
			// those starting with one.
			char first = text.charAt(start);
			boolean number = first >= '0' && first <= '9';
			boolean weekday = !number && startsAWeekday(text, start);
			for (var m : matchers) {
				boolean dayFirst = m.pattern() == CROSS_MONTH_DAY_FIRST || m.pattern() == DAYS_FIRST;
				if (!weekday && dayFirst != number) {
					continue;
				}
				m.region(start, to);
				if (!m.lookingAt() || overlapsTaken(taken, m.start(), m.end())) {
					continue;
				}
				var days = daysOf(m.pattern(), m);
				if (days.isEmpty()) {
					continue;
				}
				for (int i = m.start(); i < m.end(); i++) {
					taken[i] = true;
				}
				found.add(new Mention(m.start(), m.end(), days));
				start = m.end() - 1;
				break;
			}
		}
	}

	private static boolean startsARun(String text, int at) {
		char c = text.charAt(at);
		if (!LetterExtractor.startsAWord(text, at)) {
			return false;
		}
		if (Character.isDigit(c)) {
			return true;
		}
		if (!Character.isLetter(c)) {
			return false;
		}
		int end = at;
		while (end < text.length() && Character.isLetter(text.charAt(end))) {
			end++;
		}
		if (c < 128 && "jfmasondtwJFMASONDTW".indexOf(c) < 0) {
			// No month or weekday starts so.
			return false;
		}
		return isAStartingWord(text, at, end);
	}

	/**
	 * Whether the word between two positions is a month's name or a weekday's, in any
	 * case: compared where it stands, without a lowered copy of it.
	 */
	private static boolean isAStartingWord(String text, int from, int to) {
		int length = to - from;
		if (length >= STARTING_WORDS_BY_LENGTH.length) {
			return false;
		}
		for (int i = from; i < to; i++) {
			if (text.charAt(i) >= 128) {
				var word = text.substring(from, to).toLowerCase(Locale.ROOT);
				return MONTHS.containsKey(word) || STARTING_WORDS.contains(word);
			}
		}
		for (var word : STARTING_WORDS_BY_LENGTH[length]) {
			if (text.regionMatches(true, from, word, 0, length)) {
				return true;
			}
		}
		return false;
	}

	/** The months' and weekdays' names, lowered, by their length. */
	private static final String[][] STARTING_WORDS_BY_LENGTH = byLength(MONTHS.keySet(), STARTING_WORDS);

	private static String[][] byLength(java.util.Set<String> months, java.util.Set<String> weekdays) {
		var words = new java.util.TreeSet<String>(months);
		words.addAll(weekdays);
		int longest = words.stream().mapToInt(String::length).max().orElse(0);
		var byLength = new String[longest + 1][];
		for (int length = 0; length <= longest; length++) {
			int of = length;
			byLength[length] = words.stream().filter((w) -> w.length() == of).toArray(String[]::new);
		}
		return byLength;
	}

	/** Whether a weekday's name, in any case, starts at a position. */
	private static boolean startsAWeekday(String text, int at) {
		for (var weekday : STARTING_WORDS) {
			if (text.regionMatches(true, at, weekday, 0, weekday.length())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A line that is only a date, with perhaps the place before it: the dateline of a
	 * letter.
	 */
	static @Nullable LocalDate dateline(String line) {
		if (line.length() > 60 || line.isBlank() || monthNames(line).isEmpty()) {
			return null;
		}
		var trimmed = FINAL_STOP.matcher(PLACE.matcher(line.trim()).replaceAll("")).replaceAll("");
		if (trimmed.length() > 40) {
			return null;
		}
		for (var pattern : List.of(DAYS_FIRST, MONTH_FIRST)) {
			var m = pattern.matcher(trimmed);
			if (m.matches()) {
				var days = daysOf(pattern, m);
				if (days.size() == 1 && days.get(0).year() != null) {
					return toDate(days.get(0), days.get(0).year());
				}
			}
		}
		return null;
	}

	/**
	 * The date a written day stands for. Without a year, the year that puts it nearest
	 * after the letter's date, or at most two months before it (a December letter's
	 * "January" table is next year's; a "30 October" mentioned in a December letter is
	 * the same year's).
	 */
	static @Nullable LocalDate resolve(Day day, @Nullable LocalDate letterDate) {
		if (day.year() != null) {
			return toDate(day, day.year());
		}
		if (letterDate == null) {
			return null;
		}
		if (day.weekday() != null) {
			// "Monday, 14 January": of the years around the letter's, the one where that
			// day is a Monday.
			for (int offset : new int[] { 0, 1, -1 }) {
				var candidate = toDate(day, letterDate.getYear() + offset);
				if (candidate != null && candidate.getDayOfWeek() == day.weekday()) {
					return candidate;
				}
			}
		}
		var sameYear = toDate(day, letterDate.getYear());
		if (sameYear != null && sameYear.isBefore(letterDate.minusMonths(2))) {
			return toDate(day, letterDate.getYear() + 1);
		}
		if (sameYear != null && sameYear.isAfter(letterDate.plusMonths(10))) {
			return toDate(day, letterDate.getYear() - 1);
		}
		return sameYear;
	}

	private static @Nullable LocalDate toDate(Day day, int year) {
		try {
			return LocalDate.of(year, day.month(), day.day());
		}
		catch (DateTimeException notADay) {
			return null;
		}
	}

	private static List<Day> daysOf(Pattern pattern, Matcher m) {
		var days = new ArrayList<Day>();
		if (pattern == CROSS_MONTH_DAY_FIRST) {
			var firstMonth = month(m.group(2));
			var secondMonth = month(m.group(5));
			Integer year = m.group(6) != null ? Integer.valueOf(m.group(6))
					: (m.group(3) != null ? Integer.valueOf(m.group(3)) : null);
			Integer firstYear = m.group(3) != null ? Integer.valueOf(m.group(3)) : year;
			fillRange(days, day(m.group(1)), firstMonth, firstYear, day(m.group(4)), secondMonth, year);
		}
		else if (pattern == CROSS_MONTH_MONTH_FIRST) {
			Integer year = m.group(5) != null ? Integer.valueOf(m.group(5)) : null;
			fillRange(days, day(m.group(2)), month(m.group(1)), year, day(m.group(4)), month(m.group(3)), year);
		}
		else {
			var list = pattern == DAYS_FIRST ? m.group(1) : m.group(2);
			var month = month(pattern == DAYS_FIRST ? m.group(2) : m.group(1));
			Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : null;
			var weekday = weekdayOf(m.group());
			// A weekday ends in "y": without one, no pattern is tried.
			var numbers = list.indexOf('y') < 0 && list.indexOf('Y') < 0 ? list
					: WEEKDAY_IN_LIST.matcher(list).replaceAll("");
			var parts = RANGE_OR_LIST.matcher(numbers);
			while (parts.find()) {
				int from = Integer.parseInt(parts.group(1));
				int to = parts.group(2) == null ? from : Integer.parseInt(parts.group(2));
				if (from < 1 || to > 31 || to < from || to - from > 31) {
					return List.of();
				}
				for (int d = from; d <= to; d++) {
					// A weekday belongs to a single day ("Monday, 14 January"), not to a
					// list.
					days.add(new Day(d, month, year, from == to && !hasAListMark(list) ? weekday : null));
				}
			}
		}
		return days;
	}

	private static void fillRange(List<Day> days, int fromDay, Month fromMonth, @Nullable Integer fromYear, int toDay,
			Month toMonth, @Nullable Integer toYear) {
		if (fromDay < 1 || fromDay > 31 || toDay < 1 || toDay > 31) {
			return;
		}
		var year = toYear == null ? 2000 : toYear;
		var firstYear = fromYear == null ? (fromMonth.compareTo(toMonth) > 0 ? year - 1 : year) : fromYear;
		try {
			var from = LocalDate.of(firstYear, fromMonth, fromDay);
			var to = LocalDate.of(year, toMonth, toDay);
			if (to.isBefore(from) || from.plusDays(62).isBefore(to)) {
				return;
			}
			for (var d = from; !d.isAfter(to); d = d.plusDays(1)) {
				days.add(new Day(d.getDayOfMonth(), d.getMonth(), toYear == null ? null : d.getYear()));
			}
		}
		catch (DateTimeException notADay) {
			// Not a real range of days: read nothing from it.
		}
	}

	/**
	 * "27-29 March, 1-2 May and 6-7 June 2018": the year written last belongs to every
	 * run before it that is joined to it by commas or "and" and has none.
	 */
	private static List<Mention> shareYears(String text, List<Mention> mentions) {
		var result = new ArrayList<>(mentions);
		for (int i = result.size() - 2; i >= 0; i--) {
			var current = result.get(i);
			var next = result.get(i + 1);
			if (current.hasYear() || !next.hasYear()) {
				continue;
			}
			var between = text.substring(current.end(), next.start());
			if (JOINED.matcher(between).matches()) {
				var year = next.days().get(0).year();
				result.set(i, new Mention(current.start(), current.end(),
						current.days().stream().map((d) -> new Day(d.day(), d.month(), year)).toList()));
			}
		}
		return result;
	}

	private static boolean overlapsTaken(boolean[] taken, int start, int end) {
		for (int i = start; i < end; i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}

	private static final Pattern WEEKDAY_WORD = Pattern
		.compile("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", Pattern.CASE_INSENSITIVE);

	/** Whether a list of days is one: it has ",", "and", "&" or "-". */
	private static boolean hasAListMark(String list) {
		return list.indexOf(',') >= 0 || list.indexOf('&') >= 0 || list.indexOf('-') >= 0 || list.contains("and");
	}

	private static @Nullable DayOfWeek weekdayOf(String written) {
		var trimmed = written.trim();
		// Only where it starts as a weekday does.
		if (trimmed.isEmpty() || "mtwfsMTWFS".indexOf(trimmed.charAt(0)) < 0) {
			return null;
		}
		var m = WEEKDAY_WORD.matcher(trimmed);
		return m.find() ? DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)) : null;
	}

	private static int day(String written) {
		var m = ONE_DAY.matcher(written);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	private static Month month(String written) {
		return MONTHS.get(written.toLowerCase(Locale.ROOT).replace(".", ""));
	}

	/** Words before a date that make it an event's or a document's, not the letter's. */
	private static final Pattern NOT_THE_LETTERS = Pattern
		.compile("(?i)(?:resolution|decision|adopt|held|took place|since|until|meeting|session|summit|conference|report"
				+ "|further to|pursuant to|with reference to|follow(?:ing)?[- ]up (?:on|to)|reference is made to"
				+ "|(?:our|my|his|her|their|your|previous|earlier|last) letters?)[^.;]{0,40}$");

	/**
	 * Words saying that the date which follows them is a letter's: "Date:", "letter
	 * dated", "wrote … on".
	 */
	private static final Pattern LETTER_BEFORE = Pattern
		.compile("(?i)(?:date:|dated|letter|wrote|written|sent|excellency,)[^.;]{0,50}$");

	/**
	 * Words saying that the date before them is a letter's: "On 21 May, … sent a letter".
	 */
	private static final Pattern LETTER_AFTER = Pattern.compile("(?i)^[^.;]{0,60}\\b(?:sent|wrote|letter)\\b");

	/** How far into a text without a dateline its own date is looked for. */
	private static final int HEAD = 1_500;

	/** "a letter dated", "the attached letter of": the letter a text reports. */
	private static final Pattern A_LETTER_DATED = Pattern
		.compile("(?i)\\b(?:a|the|attached|enclosed|their|his|her)\\s+letters?\\s+(?:dated|of)\\s+(?:the\\s+)?$");

	/**
	 * The day of the letter a text without a dateline reports ("Please find attached a
	 * letter dated 17 July from the President …"): where the day has no year, the year of
	 * the first day the text writes with one, the year before where that would put the
	 * letter after the report ("Posted: Tuesday, July 21, 2020").
	 */
	private static @Nullable LocalDate dateOfReportedLetter(String head) {
		if (!head.contains("etter dated") && !head.contains("etter of") && !head.contains("etters dated")) {
			return null;
		}
		var mentions = mentions(head);
		for (var mention : mentions) {
			var before = head.substring(Math.max(0, mention.start() - 30), mention.start());
			if (mention.days().size() != 1 || !A_LETTER_DATED.matcher(before).find()) {
				continue;
			}
			var day = mention.days().get(0);
			if (day.year() != null) {
				return toDate(day, day.year());
			}
			var written = mentions.stream()
				.filter((m) -> m.days().size() == 1 && m.days().get(0).year() != null)
				.findFirst()
				.orElse(null);
			if (written == null) {
				return null;
			}
			var report = toDate(written.days().get(0), written.days().get(0).year());
			var letter = toDate(day, written.days().get(0).year());
			return report == null || letter == null || !letter.isAfter(report) ? letter
					: toDate(day, written.days().get(0).year() - 1);
		}
		return null;
	}

	/**
	 * A text that opens with a whole date and a colon, as a news item is dated ("22
	 * December 2017: The co-facilitators have announced …"): that date.
	 */
	private static @Nullable LocalDate openingDateline(String head) {
		int first = 0;
		while (first < head.length() && Character.isWhitespace(head.charAt(first))) {
			first++;
		}
		// A news item's tag may stand glued to its date ("UNGA27 June 2013: …").
		int tag = first;
		while (tag < head.length() && tag - first < 8 && head.charAt(tag) >= 'A' && head.charAt(tag) <= 'Z') {
			tag++;
		}
		if (tag - first >= 2 && tag < head.length() && Character.isDigit(head.charAt(tag))) {
			first = tag;
		}
		if (first >= head.length() || !Character.isDigit(head.charAt(first))) {
			return null;
		}
		var line = head.substring(first, Math.min(head.length(), first + 40));
		var mentions = mentions(line);
		if (mentions.isEmpty() || mentions.get(0).start() != 0 || mentions.get(0).days().size() != 1
				|| mentions.get(0).days().get(0).year() == null || !line.startsWith(":", mentions.get(0).end())) {
			return null;
		}
		var day = mentions.get(0).days().get(0);
		return toDate(day, day.year());
	}

	/**
	 * The date of a text without a dateline (an e-mail's "Date: Thu, Jul 16, 2015", a
	 * report of a letter "On 21 May 2021, … sent a letter", a title "(26 January 2024)"):
	 * the first single day with its year near the top, unless the words before it make it
	 * an event's or a document's ("resolution 73/333 of 30 August 2019", "held on").
	 */
	static @Nullable LocalDate dateOfUndatedText(String text) {
		var head = text.substring(0, Math.min(text.length(), HEAD));
		var reported = dateOfReportedLetter(head);
		if (reported != null) {
			return reported;
		}
		var opening = openingDateline(head);
		if (opening != null) {
			return opening;
		}
		for (var mention : mentions(head)) {
			if (mention.days().size() != 1 || mention.days().get(0).year() == null) {
				continue;
			}
			var before = head.substring(Math.max(0, mention.start() - 60), mention.start());
			var after = head.substring(mention.end(), Math.min(head.length(), mention.end() + 60));
			// The words that make a date the letter's are looked for first: they are
			// fewer than those that make it something else's, and most dates have
			// neither.
			if (!LETTER_BEFORE.matcher(before).find() && !LETTER_AFTER.matcher(after).find()
					|| NOT_THE_LETTERS.matcher(before).find()) {
				continue;
			}
			return toDate(mention.days().get(0), mention.days().get(0).year());
		}
		return null;
	}

	private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
			"saturday", "sunday");

	/** Whether lowered text writes a weekday's name anywhere. */
	private static boolean namesAWeekday(String low) {
		for (var weekday : WEEKDAYS) {
			if (low.contains(weekday)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A session of the General Assembly by its number, written out or in figures: "the
	 * seventy-ninth session of the General Assembly", "the General Assembly at its 82nd
	 * session".
	 */
	private static final Pattern ASSEMBLY_SESSION = Pattern.compile(
			"(?i)\\b(?:(general assembly(?:'s|’s| at its| during its)?)\\s+)?(?:(forty|fifty|sixty|seventy|eighty|ninety)[- ]?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)|([4-9]\\d)(?:st|nd|rd|th))\\s+session\\b(\\s+of the\\s+(?:united nations\\s+)?general assembly)?");

	private static final List<String> TENS = List.of("forty", "fifty", "sixty", "seventy", "eighty", "ninety");

	private static final List<String> TENTHS = List.of("fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
			"ninetieth");

	private static final List<String> UNITS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
			"eighth", "ninth");

	/**
	 * For a text that states no date at all, the day the latest session of the General
	 * Assembly it names opened ("during the seventy-ninth session of the General
	 * Assembly": September 2024): a session opens in September of the year 1945 and its
	 * number, and runs to the next September, so that days without a year are read in it.
	 * Null when the text names no session of the Assembly (the 58th session of another
	 * body is not one).
	 */
	static @Nullable LocalDate openingOfSession(String text) {
		var low = LetterExtractor.lower(text);
		int latest = 0;
		var m = ASSEMBLY_SESSION.matcher(text).useTransparentBounds(true);
		int from = 0;
		// Looked for only around the word "session": the pattern, tried at every
		// character of the letter, took longer than reading its dates.
		for (int at = low.indexOf("session"); at >= 0; at = low.indexOf("session", Math.max(at + 1, from))) {
			if (!afterAnOrdinal(low, at)) {
				continue;
			}
			if (!sessionNamedAround(m, low, Math.max(from, at - BEFORE_SESSION),
					Math.min(text.length(), at + AFTER_SESSION))) {
				continue;
			}
			from = m.end();
			if (m.group(1) == null && m.group(6) == null) {
				continue;
			}
			int number;
			if (m.group(2) != null) {
				number = 40 + 10 * TENS.indexOf(m.group(2).toLowerCase(Locale.ROOT))
						+ UNITS.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
			}
			else if (m.group(4) != null) {
				number = 40 + 10 * TENTHS.indexOf(m.group(4).toLowerCase(Locale.ROOT));
			}
			else {
				number = Integer.parseInt(m.group(5));
			}
			latest = Math.max(latest, number);
		}
		return latest == 0 ? null : LocalDate.of(1945 + latest, 9, 1);
	}

	/**
	 * Whether {@link #ASSEMBLY_SESSION} matches in a stretch of the text, as
	 * {@code find()} would: tried only where a word starts with a letter or figure one of
	 * its alternatives starts with ("general", "forty" to "ninety", "4" to "9").
	 */
	private static boolean sessionNamedAround(Matcher m, String low, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = low.charAt(i);
			if ((c == 'g' || c == 'f' || c == 's' || c == 'e' || c == 'n' || c >= '4' && c <= '9')
					&& LetterExtractor.startsAWord(low, i) && m.region(i, to).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the word before a position ends as an ordinal does ("first", "second",
	 * "third", "seventy-ninth", "82nd"): in t, d or h.
	 */
	private static boolean afterAnOrdinal(String low, int at) {
		int before = at - 1;
		while (before >= 0 && Character.isWhitespace(low.charAt(before))) {
			before--;
		}
		if (before < 0 || before == at - 1) {
			return false;
		}
		char c = low.charAt(before);
		return c == 't' || c == 'd' || c == 'h';
	}

	/**
	 * How far before the word "session" a session's name may start ("General Assembly
	 * during its seventy-seventh session"), and after it end ("… session of the United
	 * Nations General Assembly"), with room for line breaks.
	 */
	private static final int BEFORE_SESSION = 120;

	private static final int AFTER_SESSION = 120;

	private static final Pattern A_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

	/** "resolution 67/290", "decision 62/557": the session's number. */
	private static final Pattern SESSION_SYMBOL = Pattern
		.compile("\\b(?:[Rr]esolutions?|[Dd]ecisions?)\\s+(?:A/RES/)?([5-9]\\d)/\\d{1,3}\\b");

	/**
	 * For a text that states no date at all, the day a weekday fixes ("Wednesday, 24
	 * June"): of the years the text writes (and the year before each), the latest in
	 * which that day is that weekday. Days without a year are then read as the letter's
	 * would be. Null when no weekday and year agree.
	 */
	static @Nullable LocalDate impliedByWeekday(String text) {
		if (!namesAWeekday(LetterExtractor.lower(text))) {
			// No day of the text has a weekday: its dates need not be read.
			return null;
		}
		var years = new java.util.TreeSet<Integer>(java.util.Comparator.reverseOrder());
		var y = A_YEAR.matcher(text);
		while (y.find() && years.size() < 40) {
			int year = Integer.parseInt(y.group());
			years.add(year);
			years.add(year - 1);
		}
		// A resolution or decision of the Nth session was adopted in the year it opened
		// or
		// the next; a text that cites it was written then or in the few years after.
		var symbol = SESSION_SYMBOL.matcher(text);
		while ((text.contains("esolution") || text.contains("ecision")) && symbol.find() && years.size() < 60) {
			int opened = 1945 + Integer.parseInt(symbol.group(1));
			for (int year = opened; year <= opened + 4; year++) {
				years.add(year);
			}
		}
		if (years.isEmpty()) {
			return null;
		}
		for (var mention : mentions(text)) {
			for (var day : mention.days()) {
				if (day.weekday() == null || day.year() != null) {
					continue;
				}
				for (int year : years) {
					var date = toDate(day, year);
					if (date != null && date.getDayOfWeek() == day.weekday()) {
						return date;
					}
				}
			}
		}
		return null;
	}

}
