package org.plenary.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A passage of a thing found, as plain text, with the places where the words were found.
 * Nothing in it is markup: a page shows its {@link #segments()} as text, and
 * {@link #html()} is the text HTML-escaped with only Plenary's own {@code <mark>} added.
 *
 * @param text the passage as it stands in the thing, never markup
 * @param highlights where the words were found: character offsets into {@code text}
 */
public record SearchPassage(String text, List<Highlight> highlights) {

	/**
	 * Opens a found word inside the highlighter's output; a private-use character never
	 * indexed.
	 */
	static final char OPEN = '\uE000';

	/** Closes a found word inside the highlighter's output. */
	static final char CLOSE = '\uE001';

	public SearchPassage {
		highlights = List.copyOf(highlights);
		for (var highlight : highlights) {
			if (highlight.end() > text.length()) {
				throw new IllegalArgumentException("A highlight ends after its passage");
			}
		}
	}

	/**
	 * Reads a passage from the highlighter, whose only tags are {@link #OPEN} and
	 * {@link #CLOSE}: the text keeps every other character as it is.
	 */
	static SearchPassage fromHighlighter(String fragment) {
		var text = new StringBuilder(fragment.length());
		var highlights = new ArrayList<Highlight>();
		int start = -1;
		for (int i = 0; i < fragment.length(); i++) {
			char c = fragment.charAt(i);
			if (c == OPEN) {
				start = text.length();
			}
			else if (c == CLOSE) {
				if (start >= 0 && text.length() > start) {
					highlights.add(new Highlight(start, text.length()));
				}
				start = -1;
			}
			else {
				text.append(c);
			}
		}
		return new SearchPassage(text.toString(), highlights);
	}

	/**
	 * Removes the two characters the highlighter marks words with, so stored text cannot
	 * forge a mark.
	 */
	static String withoutMarks(String text) {
		return (text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0) ? text
				: text.replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
	}

	/**
	 * The passage cut where words were found: text to show as it is, and whether it is
	 * marked.
	 */
	public List<Segment> segments() {
		var segments = new ArrayList<Segment>();
		int at = 0;
		for (var highlight : this.highlights) {
			if (highlight.start() > at) {
				segments.add(new Segment(this.text.substring(at, highlight.start()), false));
			}
			segments.add(new Segment(this.text.substring(highlight.start(), highlight.end()), true));
			at = highlight.end();
		}
		if (at < this.text.length()) {
			segments.add(new Segment(this.text.substring(at), false));
		}
		return segments;
	}

	/**
	 * The passage as HTML: every character of the text escaped, the words found in
	 * {@code <mark>}.
	 */
	@JsonProperty("html")
	public String html() {
		var html = new StringBuilder(this.text.length() + 16 * this.highlights.size());
		for (var segment : segments()) {
			var escaped = HtmlUtils.htmlEscape(segment.text(), "UTF-8");
			html.append(segment.marked() ? "<mark>" + escaped + "</mark>" : escaped);
		}
		return html.toString();
	}

	/**
	 * Where a word was found: from {@code start} (inclusive) to {@code end} (exclusive).
	 */
	public record Highlight(int start, int end) {

		public Highlight {
			if (start < 0 || end <= start) {
				throw new IllegalArgumentException("A highlight is a non-empty range");
			}
		}

	}

	/** Part of a passage: its text, and whether the words were found there. */
	public record Segment(String text, boolean marked) {
	}

}
