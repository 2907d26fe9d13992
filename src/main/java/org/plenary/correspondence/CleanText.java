package org.plenary.correspondence;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Letters arrive OCR'd or converted: superscripts written as HTML ("70<sup>th</sup>"),
 * struck-out letters ("~~C~~Chairs"), ordinals cut apart ("1 st"), markdown emphasis,
 * typographic quotes and dashes, non-breaking spaces. This makes one plain text of them,
 * keeping line breaks and tabs (tables arrive as tab-separated lines).
 */
final class CleanText {

	private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>\\s*([^<]{0,12}?)\\s*</sup>",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern STRUCK = Pattern.compile("~~[^~\\n]{0,40}~~");

	/**
	 * A tag a conversion left in the text, with its attributes ("<img src=\"seal.png\"
	 * alt='UN'>", "<a href=x>"): each attribute a name, and a value quoted or not, so
	 * that an address ("<office@un.org>") or "a < b" stays.
	 */
	private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,10}"
			+ "(?:\\s+[a-zA-Z_:][-a-zA-Z0-9_:.]{0,40}(?:\\s*=\\s*(?:\"[^\"<>]{0,300}\"|'[^'<>]{0,300}'|[^\\s\"'<>=`]{1,100}))?){0,20}"
			+ "\\s*/?>");

	/**
	 * A clock time OCR spaced apart: "3 :00 p.m.", "10. 00 a. m." — the hour, a colon or
	 * a dot, and the minutes, with a space on either side of the mark.
	 */
	private static final Pattern SPACED_CLOCK = Pattern
		.compile("(?<![\\d.:])(\\d{1,2})(?: ([:.]) ?|([:.]) )(\\d{2})(?!\\d)");

	private static final Pattern SPACED_MERIDIEM = Pattern.compile("\\b([ap])\\. m\\.", Pattern.CASE_INSENSITIVE);

	/**
	 * A digit OCR read for a letter inside a word of letters ("G6mez", "Co1ombia"): 0 and
	 * 6 for o (6 is how OCR reads ó), 1 for l, 5 for s.
	 */
	private static final Pattern DIGIT_IN_WORD = Pattern.compile("(?<=\\p{L})[0156](?=\\p{Ll}{2})");

	private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}([^*\\n]{1,200}?)\\*{1,3}");

	/**
	 * A "1" OCR read for an "l" between two lower-case letters ("he1d"), or "11" for the
	 * "ll" that ends a word ("wi11", "sha11"), where {@link #DIGIT_IN_WORD} cannot tell
	 * it from a number; a single 1 at a word's end ("Rev1") is left alone.
	 */
	private static final Pattern ONE_FOR_L = Pattern
		.compile("(?<=\\p{Ll}{2})11(?![\\p{L}\\d])|(?<=\\p{Ll})1(?=\\p{Ll})");

	/**
	 * A letter OCR read for a digit inside a number ("1O February", "2O31", "l0 a.m."): O
	 * and o for 0, l and I for 1. The number starts with a digit, or is an l or I before
	 * digits only; a word (or an ordinal's "th") after it is left alone.
	 */
	private static final Pattern LETTER_IN_NUMBER = Pattern
		.compile("(?<![\\p{L}\\d])(?:\\d[\\dOolI]*[OolI][\\dOolI]*|[lI]\\d{1,3})(?![\\p{L}\\d])");

	/** "p.rn.", "a. rn.": the meridiem with its m read as "rn". */
	/**
	 * A day of two figures OCR read as letters before a month's name ("IS September" for
	 * 15, "lO May" for 10, "2O March"): I and l for 1, O for 0, S for 5; at least one of
	 * the two a letter, the first a 1, 2 or 3.
	 */
	private static final Pattern LETTERED_DAY = Pattern
		.compile("(?<![\\p{L}\\d])(?:[Il][0-9OSIl]|[123][OSIl])(?=,?\\s+(?:January|February|March|April|May|June|July|"
				+ "August|September|October|November|December)\\b)");

	private static final Pattern MERIDIEM_RN = Pattern.compile("\\b([apAP])\\.\\s?rn\\b\\.?");

	/**
	 * Typographic quotes, dashes and spaces to plain ones, soft hyphens and byte-order
	 * marks dropped: one pass.
	 */
	private static String typography(String text) {
		int first = 0;
		while (first < text.length() && !isTypographic(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		// Rewritten in place in an array: a StringBuilder appended a character at a time
		// was a tenth of the extractor's time.
		var chars = text.toCharArray();
		int out = first;
		for (int i = first; i < chars.length; i++) {
			char c = chars[i];
			switch (c) {
				case '\u00a0', '\u2007', '\u202f' -> chars[out++] = ' ';
				case '\u2018', '\u2019' -> chars[out++] = '\'';
				case '\u201c', '\u201d' -> chars[out++] = '"';
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> chars[out++] = '-';
				case '\u00ad', '\ufeff' -> {
				}
				default -> chars[out++] = c;
			}
		}
		return new String(chars, 0, out);
	}

	private static boolean isTypographic(char c) {
		return c == '\u00a0' || c == '\u00ad' || c >= '\u2007' && (c == '\u2007' || c == '\u202f' || c == '\ufeff'
				|| c >= '\u2010' && c <= '\u2014' || c >= '\u2018' && c <= '\u201d');
	}

	private CleanText() {
	}

	static String of(String raw) {
		var text = raw.replace("\r\n", "\n").replace('\r', '\n');
		text = typography(text);
		// Each pass only where its mark is present: most letters have none of them.
		if (text.indexOf('<') >= 0) {
			text = replaceAt('<', SUPERSCRIPT, text, true);
			text = replaceAt('<', TAGS, text, false);
		}
		if (text.contains("~~")) {
			text = STRUCK.matcher(text).replaceAll("");
		}
		// What the repairs below look for, found in one pass (again after a repair
		// that changed the text): six passes over every letter were a tenth of reading
		// it.
		int marks = marks(text);
		if ((marks & SPLIT_ORDINAL_MARK) != 0) {
			text = joinSplitOrdinals(text);
			marks = marks(text);
		}
		if ((marks & SPACED_CLOCK_MARK) != 0) {
			text = spacedClocks(text);
			marks = marks(text);
		}
		if (text.indexOf('*') >= 0) {
			var before = text;
			text = replaceAt('*', EMPHASIS, text, true);
			marks = text == before ? marks : marks(text);
		}
		if ((marks & DIGIT_IN_WORD_MARK) != 0) {
			text = DIGIT_IN_WORD.matcher(text).replaceAll((m) -> switch (m.group().charAt(0)) {
				case '1' -> "l";
				case '5' -> "s";
				default -> "o";
			});
			marks = marks(text);
		}
		if ((marks & LOWER_THEN_ONE_MARK) != 0) {
			text = ONE_FOR_L.matcher(text).replaceAll((m) -> "l".repeat(m.group().length()));
			marks = marks(text);
		}
		if ((marks & LETTER_IN_NUMBER_MARK) != 0) {
			text = LETTER_IN_NUMBER.matcher(text)
				.replaceAll((m) -> m.group().replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1'));
			marks = marks(text);
		}
		if ((marks & LETTERED_DAY_MARK) != 0) {
			text = LETTERED_DAY.matcher(text)
				.replaceAll((m) -> m.group().replace('O', '0').replace('S', '5').replace('l', '1').replace('I', '1'));
		}
		if (text.contains(".rn") || text.contains(". rn")) {
			text = MERIDIEM_RN.matcher(text).replaceAll("$1.m.");
		}
		text = OcrWords.repair(text);
		if (text.contains("   ")) {
			text = columnGaps(text);
		}
		return text.contains("  ") || text.indexOf('\u000B') >= 0 || text.indexOf('\f') >= 0 ? oneSpace(text) : text;
	}

	/** Most columns a line side by side is read as: three co-signers. */
	private static final int MOST_COLUMNS = 3;

	/** Longest line read as columns: two or three signers' titles. */
	private static final int LONGEST_COLUMNS = 200;

	/**
	 * Lines written as columns side by side with spaces, as a PDF lays out co-signers
	 * ("Ana Ruiz&nbsp;&nbsp;&nbsp;&nbsp;Lars Berg" over "Permanent Representative of Peru
	 * &nbsp;&nbsp;&nbsp;Permanent Representative of Norway"): each wide gap becomes a
	 * tab, as a table's columns are written, so that collapsing spaces does not make one
	 * name of two. Only a short line whose every gap of three spaces or more stands
	 * between a word and a capitalised word (or a parenthesis, "(Signed)") is so read: a
	 * gap after a number is a table's or a date's, and prose justified with spaces is
	 * left as prose.
	 */
	static String columnGaps(String text) {
		var out = new StringBuilder(text.length());
		int from = 0;
		int @Nullable [] above = null;
		while (from <= text.length()) {
			int end = text.indexOf('\n', from);
			if (end < 0) {
				end = text.length();
			}
			above = appendColumns(text, from, end, above, out);
			if (end < text.length()) {
				out.append('\n');
			}
			from = end + 1;
		}
		return out.toString();
	}

	/**
	 * The line, its wide gaps made tabs where it is read as columns; where each column
	 * after the first starts, from the line's start, or null when it is not so read. A
	 * line under columns whose gaps end where the columns above start goes on with them
	 * even where a column goes on in lower case ("Permanent Representative" over "of
	 * Peru").
	 */
	private static int @Nullable [] appendColumns(String text, int from, int end, int @Nullable [] above,
			StringBuilder out) {
		int first = from;
		while (first < end && text.charAt(first) == ' ') {
			first++;
		}
		int gap = text.indexOf("   ", first);
		if (gap < 0 || gap >= end || end - first > LONGEST_COLUMNS) {
			out.append(text, from, end);
			return null;
		}
		var gaps = new java.util.ArrayList<int[]>();
		for (int i = first; i < end; i++) {
			if (Character.isDigit(text.charAt(i))) {
				// A line with a number is a date's, a time's or a table's.
				out.append(text, from, end);
				return null;
			}
			if (text.charAt(i) != ' ') {
				continue;
			}
			int j = i;
			while (j < end && text.charAt(j) == ' ') {
				j++;
			}
			if (j - i >= 3 && j < end) {
				char before = text.charAt(i - 1);
				char after = text.charAt(j);
				boolean opens = Character.isUpperCase(after) || after == '('
						|| Character.isLetter(after) && under(above, gaps.size(), j - from);
				if (!(Character.isLetter(before) || before == '.' || before == ')') || !opens
						|| gaps.size() == MOST_COLUMNS - 1) {
					out.append(text, from, end);
					return null;
				}
				gaps.add(new int[] { i, j });
			}
			i = j - 1;
		}
		int at = from;
		var starts = new int[gaps.size()];
		for (int g = 0; g < gaps.size(); g++) {
			out.append(text, at, gaps.get(g)[0]).append('\t');
			at = gaps.get(g)[1];
			starts[g] = at - from;
		}
		out.append(text, at, end);
		return starts;
	}

	/** Whether a column starts where the same column of the line above starts. */
	private static boolean under(int @Nullable [] above, int column, int start) {
		return above != null && column < above.length && Math.abs(above[column] - start) <= 2;
	}

	/**
	 * Runs of spaces (and vertical tabs and form feeds) as one space. Written out: a
	 * pattern of alternatives was tried at every character of the letter.
	 */
	private static String oneSpace(String text) {
		var chars = text.toCharArray();
		int out = 0;
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			boolean space = c == ' ' || c == '\u000B' || c == '\f';
			if (space && out > 0 && chars[out - 1] == ' ' && i > 0
					&& (chars[i - 1] == ' ' || chars[i - 1] == '\u000B' || chars[i - 1] == '\f')) {
				continue;
			}
			chars[out++] = space ? ' ' : c;
		}
		return new String(chars, 0, out);
	}

	/**
	 * What {@code pattern.matcher(text).replaceAll(keep ? "$1" : "")} gives, for a
	 * pattern that starts with the character {@code first}: tried only where that
	 * character stands, not at every character of the letter.
	 */
	private static String replaceAt(char first, Pattern pattern, String text, boolean keep) {
		var m = pattern.matcher(text);
		m.useTransparentBounds(true);
		StringBuilder out = null;
		int copied = 0;
		int length = text.length();
		for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at)) {
			if (!m.region(at, length).lookingAt()) {
				at++;
				continue;
			}
			if (out == null) {
				out = new StringBuilder(length);
			}
			out.append(text, copied, at);
			if (keep) {
				out.append(text, m.start(1), m.end(1));
			}
			copied = m.end();
			at = Math.max(m.end(), at + 1);
		}
		return out == null ? text : out.append(text, copied, length).toString();
	}

	/**
	 * "3 :00 p.m." and "10. 00 a. m." as "3:00 p.m." and "10.00 a.m.": only where a
	 * meridiem follows or the mark is a colon, so that "paragraph 5. 12 States" stays.
	 */
	private static String spacedClocks(String text) {
		var clocks = SPACED_CLOCK.matcher(text);
		var out = new StringBuilder(text.length());
		int copied = 0;
		while (clocks.find()) {
			var mark = clocks.group(2) != null ? clocks.group(2) : clocks.group(3);
			var after = text.substring(clocks.end(), Math.min(text.length(), clocks.end() + 8));
			if (!mark.equals(":") && !MERIDIEM_AHEAD.matcher(after).lookingAt()) {
				continue;
			}
			out.append(text, copied, clocks.start()).append(clocks.group(1)).append(mark).append(clocks.group(4));
			copied = clocks.end();
		}
		var joined = copied == 0 ? text : out.append(text, copied, text.length()).toString();
		return joined.contains(". m.") || joined.contains(". M.") ? SPACED_MERIDIEM.matcher(joined).replaceAll("$1.m.")
				: joined;
	}

	private static final Pattern MERIDIEM_AHEAD = Pattern.compile(" ?(?:[ap]\\. ?m\\b|[ap]m\\b|hours?\\b)",
			Pattern.CASE_INSENSITIVE);

	/** "1 st": an ordinal cut apart. */
	private static final int SPLIT_ORDINAL_MARK = 1;

	/** "3 :00", "10. 00": a clock spaced apart ({@link #SPACED_CLOCK}). */
	private static final int SPACED_CLOCK_MARK = 2;

	/** "G6mez": a digit inside a word ({@link #DIGIT_IN_WORD}). */
	private static final int DIGIT_IN_WORD_MARK = 4;

	/** "he1d": a 1 after a small letter ({@link #ONE_FOR_L}). */
	private static final int LOWER_THEN_ONE_MARK = 8;

	/** "1O": a digit next to an O, o, l or I ({@link #LETTER_IN_NUMBER}). */
	private static final int LETTER_IN_NUMBER_MARK = 16;

	/** "IS September": a day read as letters ({@link #LETTERED_DAY}). */
	private static final int LETTERED_DAY_MARK = 32;

	/**
	 * The marks of what a text may need repaired, each looked for without a pattern: at
	 * its digits, its spaces, its colons and dots only. A mark says the repair's pattern
	 * is worth trying, not that it will match.
	 */
	static int marks(String text) {
		int marks = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c <= '9') {
				if (c >= '0') {
					marks |= atDigit(text, i, c);
				}
				else if (c == ' ') {
					marks |= atSpace(text, i);
				}
				else if (c == '.') {
					marks |= atClockMark(text, i);
				}
			}
			else if (c == ':') {
				marks |= atClockMark(text, i);
			}
			else if (c >= 128 && Character.isDigit(c)) {
				marks |= letterNextTo(text, i);
			}
		}
		return marks;
	}

	/**
	 * At an ASCII digit: a 0, 1, 5 or 6 after a letter and before two small letters
	 * ("G6mez"); a 1 after a small letter ("he1d"); a digit next to an O, o, l or I
	 * ("1O").
	 */
	private static int atDigit(String text, int i, char c) {
		int marks = letterNextTo(text, i);
		if (i >= 1) {
			char before = text.charAt(i - 1);
			if (c == '1' && Character.isLowerCase(before)) {
				marks |= LOWER_THEN_ONE_MARK;
			}
			if ((c == '0' || c == '1' || c == '5' || c == '6') && i + 2 < text.length() && Character.isLetter(before)
					&& Character.isLowerCase(text.charAt(i + 1)) && Character.isLowerCase(text.charAt(i + 2))) {
				marks |= DIGIT_IN_WORD_MARK;
			}
		}
		return marks;
	}

	/** At a digit: an O, o, l or I just before or after it. */
	private static int letterNextTo(String text, int i) {
		return i >= 1 && isLetterForDigit(text.charAt(i - 1))
				|| i + 1 < text.length() && isLetterForDigit(text.charAt(i + 1)) ? LETTER_IN_NUMBER_MARK : 0;
	}

	private static boolean isLetterForDigit(char c) {
		return c == 'O' || c == 'o' || c == 'l' || c == 'I';
	}

	/**
	 * At a space: a number before it and an ordinal's ending after it ("1 st"); a capital
	 * I, an l, an O or an S before it, after a 1, 2, 3, I or l that starts a word, and a
	 * month's first letter after it ("IS September").
	 */
	private static int atSpace(String text, int space) {
		int length = text.length();
		if (space == 0 || space + 1 >= length) {
			return 0;
		}
		int marks = 0;
		char before = text.charAt(space - 1);
		if (space + 2 < length && Character.isDigit(before)
				&& ORDINAL_ENDINGS.contains(text.substring(space + 1, space + 3))) {
			marks |= SPLIT_ORDINAL_MARK;
		}
		if (space >= 2 && (before == 'S' || before == 'O' || before == 'I' || before == 'l')
				&& "JFMASOND".indexOf(text.charAt(space + 1)) >= 0) {
			char first = text.charAt(space - 2);
			if ((first == 'I' || first == 'l' || first >= '1' && first <= '3')
					&& (space < 3 || !Character.isLetterOrDigit(text.charAt(space - 3)))) {
				marks |= LETTERED_DAY_MARK;
			}
		}
		return marks;
	}

	private static final java.util.Set<String> ORDINAL_ENDINGS = java.util.Set.of("st", "nd", "rd", "th");

	/**
	 * At a colon or a dot: digits on both sides with a space on one side of the mark ("3
	 * :00", "10. 00").
	 */
	private static int atClockMark(String text, int i) {
		int length = text.length();
		if (i < 1 || i + 1 >= length) {
			return 0;
		}
		char left = text.charAt(i - 1);
		char right = text.charAt(i + 1);
		if (left == ' ' && i >= 2 && isDigit(text.charAt(i - 2)) && (isDigit(right) || right == ' ')
				|| isDigit(left) && right == ' ' && i + 2 < length && isDigit(text.charAt(i + 2))) {
			return SPACED_CLOCK_MARK;
		}
		return 0;
	}

	/**
	 * "1 st" as "1st", as the pattern {@code \b(\d{1,2}) (st|nd|rd|th)\b} replaced by
	 * {@code $1$2} would: one or two figures that start a word, a space, and an ordinal's
	 * ending that ends one; looked for at the spaces only.
	 */
	static String joinSplitOrdinals(String text) {
		var out = new StringBuilder(text.length());
		int copied = 0;
		int length = text.length();
		for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
			int digits = 0;
			while (digits < 3 && space - digits - 1 >= 0 && isDigit(text.charAt(space - digits - 1))) {
				digits++;
			}
			if (digits == 0 || digits > 2
					|| space - digits - 1 >= 0 && LetterExtractor.isWordCharacter(text.charAt(space - digits - 1))
					|| space + 3 > length || !ORDINAL_ENDINGS.contains(text.substring(space + 1, space + 3))
					|| space + 3 < length && LetterExtractor.isWordCharacter(text.charAt(space + 3))) {
				continue;
			}
			out.append(text, copied, space);
			copied = space + 1;
		}
		return copied == 0 ? text : out.append(text, copied, length).toString();
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
