package org.plenary.correspondence;

import java.util.regex.Pattern;

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

	private static final Pattern TAGS = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,10}\\s*/?>");

	private static final Pattern SPLIT_ORDINAL = Pattern.compile("\\b(\\d{1,2}) (st|nd|rd|th)\\b");

	private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}([^*\\n]{1,200}?)\\*{1,3}");

	private static final Pattern SPLIT_ORDINAL_HINT = Pattern.compile("\\d (?:st|nd|rd|th)\\b");

	private static final Pattern SPACES = Pattern.compile("[ \\x0B\\f]{2,}|[\\x0B\\f]");

	/**
	 * Typographic quotes, dashes and spaces to plain ones, soft hyphens and byte-order
	 * marks dropped: one pass.
	 */
	private static String typography(String text) {
		var out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\u00a0', '\u2007', '\u202f' -> out.append(' ');
				case '\u2018', '\u2019' -> out.append('\'');
				case '\u201c', '\u201d' -> out.append('"');
				case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> out.append('-');
				case '\u00ad', '\ufeff' -> {
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private CleanText() {
	}

	static String of(String raw) {
		var text = raw.replace("\r\n", "\n").replace('\r', '\n');
		text = typography(text);
		// Each pass only where its mark is present: most letters have none of them.
		if (text.indexOf('<') >= 0) {
			text = SUPERSCRIPT.matcher(text).replaceAll("$1");
			text = TAGS.matcher(text).replaceAll("");
		}
		if (text.contains("~~")) {
			text = STRUCK.matcher(text).replaceAll("");
		}
		if (SPLIT_ORDINAL_HINT.matcher(text).find()) {
			text = SPLIT_ORDINAL.matcher(text).replaceAll("$1$2");
		}
		if (text.indexOf('*') >= 0) {
			text = EMPHASIS.matcher(text).replaceAll("$1");
		}
		return text.contains("  ") || text.indexOf('\u000B') >= 0 || text.indexOf('\f') >= 0
				? SPACES.matcher(text).replaceAll(" ") : text;
	}

}
