package org.plenary.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Word by word, what changed from one text to another (Myers' greedy O(ND) diff over the
 * words, choosing among equally short scripts as java-diff-utils' {@code MyersDiff}
 * does): runs of words kept, deleted and inserted, in reading order. The Elements of
 * Commonality and the negotiated texts compare their revisions with it.
 * <p>
 * Each text is read once into word boundaries and hashes, without a string per word; the
 * words both texts begin with are taken before the diff (the greedy diff would take them
 * first too), and the runs are written straight from the texts.
 */
public final class WordDiff {

	/** Closing punctuation: written without a space before it. */
	private static final String CLOSING = ",.;:!?)]";

	private WordDiff() {
	}

	/** What happened to a run of words. */
	public enum Change {

		KEPT, INSERTED, DELETED

	}

	/** A run of words kept, inserted or deleted. */
	public record Run(Change change, String text) {

		/**
		 * Whether the run follows the one before without a space: it starts with closing
		 * punctuation ("." after "atrocities").
		 */
		public boolean joinsPrevious() {
			return !this.text.isEmpty() && CLOSING.indexOf(this.text.charAt(0)) >= 0;
		}

	}

	public static List<Run> between(String before, String after) {
		var a = Words.of(before);
		var b = Words.of(after);
		return runs(a, b);
	}

	/** Whether the two texts have the same words. */
	public static boolean same(String before, String after) {
		return before.equals(after) || Words.of(before).sameAs(Words.of(after));
	}

	/**
	 * The runs from one text to the other, or {@code null} when they have the same words
	 * (each text read once for both questions).
	 */
	public static @Nullable List<Run> ifChanged(String before, String after) {
		if (before.equals(after)) {
			return null;
		}
		var a = Words.of(before);
		var b = Words.of(after);
		return a.sameAs(b) ? null : runs(a, b);
	}

	private static List<Run> runs(Words a, Words b) {
		var runs = new ArrayList<Run>();
		// Kept stretches, in order: a[from..from+length) = b[to..to+length).
		int[] snakes = snakes(a, b);
		int at = 0;
		int bAt = 0;
		for (int s = 0; s < snakes.length; s += 3) {
			int from = snakes[s];
			int to = snakes[s + 1];
			add(runs, Change.DELETED, a, at, from);
			add(runs, Change.INSERTED, b, bAt, to);
			add(runs, Change.KEPT, a, from, from + snakes[s + 2]);
			at = from + snakes[s + 2];
			bAt = to + snakes[s + 2];
		}
		add(runs, Change.DELETED, a, at, a.count);
		add(runs, Change.INSERTED, b, bAt, b.count);
		return runs;
	}

	/*
	 * Myers' greedy forward search for a shortest edit script, with java-diff-utils'
	 * choice between a deletion and an insertion on each diagonal ({@code k == -d}, or
	 * {@code k != d} and the diagonal below reaching less far: insert; else delete) and
	 * its end (the first diagonal, from the lowest, to reach both ends). The common
	 * beginning is the snake of step 0, taken before. Returns the kept stretches (from,
	 * to, length) in reading order.
	 */
	private static int[] snakes(Words a, Words b) {
		int prefix = 0;
		while (prefix < a.count && prefix < b.count && a.equal(prefix, b, prefix)) {
			prefix++;
		}
		int n = a.count - prefix;
		int m = b.count - prefix;
		int max = n + m;
		int offset = max + 1;
		var v = new int[2 * max + 3];
		// trace[d]: how far each diagonal k (-d … d) reached after step d.
		var trace = new int[max + 1][];
		int endD = -1;
		int endK = 0;
		search: for (int d = 0; d <= max; d++) {
			for (int k = -d; k <= d; k += 2) {
				int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
						: v[offset + k - 1] + 1;
				int y = x - k;
				while (x < n && y < m && a.equal(prefix + x, b, prefix + y)) {
					x++;
					y++;
				}
				v[offset + k] = x;
				if (x >= n && y >= m) {
					endD = d;
					endK = k;
					trace[d] = Arrays.copyOfRange(v, offset - d, offset + d + 1);
					break search;
				}
			}
			trace[d] = Arrays.copyOfRange(v, offset - d, offset + d + 1);
		}
		// Back from the end: each step's snake, from where the step's move left it.
		var found = new int[3 * (endD + 2)];
		int count = 0;
		int k = endK;
		for (int d = endD; d >= 0; d--) {
			int xEnd = trace[d][k + d];
			int xStart;
			int previous;
			if (d == 0) {
				xStart = 0;
				previous = k;
			}
			else {
				var before = trace[d - 1];
				boolean down = k == -d || (k != d && before[k - 1 + d - 1] < before[k + 1 + d - 1]);
				previous = down ? k + 1 : k - 1;
				xStart = down ? before[previous + d - 1] : before[previous + d - 1] + 1;
			}
			if (xEnd > xStart) {
				found[count++] = prefix + xStart;
				found[count++] = prefix + xStart - k;
				found[count++] = xEnd - xStart;
			}
			k = previous;
		}
		var snakes = new int[count + (prefix > 0 ? 3 : 0)];
		int s = 0;
		if (prefix > 0) {
			snakes[s++] = 0;
			snakes[s++] = 0;
			snakes[s++] = prefix;
		}
		for (int f = count - 3; f >= 0; f -= 3) {
			snakes[s++] = found[f];
			snakes[s++] = found[f + 1];
			snakes[s++] = found[f + 2];
		}
		return snakes;
	}

	/*
	 * Words from … to of a text as a run, joined back: a space between words, none before
	 * closing punctuation or after an opening bracket; one after a run of the same kind
	 * is joined to it.
	 */
	private static void add(List<Run> runs, Change change, Words words, int from, int to) {
		if (from >= to) {
			return;
		}
		var text = new StringBuilder();
		for (int w = from; w < to; w++) {
			append(text, words.text, words.start[w], words.end[w]);
		}
		if (!runs.isEmpty() && runs.get(runs.size() - 1).change() == change) {
			var last = runs.remove(runs.size() - 1).text();
			var joined = new StringBuilder(last.length() + 1 + text.length());
			append(joined, last, 0, last.length());
			append(joined, text, 0, text.length());
			text = joined;
		}
		runs.add(new Run(change, text.toString()));
	}

	private static void append(StringBuilder text, CharSequence token, int start, int end) {
		boolean closing = end - start == 1 && CLOSING.indexOf(token.charAt(start)) >= 0;
		boolean afterOpening = !text.isEmpty()
				&& (text.charAt(text.length() - 1) == '(' || text.charAt(text.length() - 1) == '[');
		if (!text.isEmpty() && !closing && !afterOpening) {
			text.append(' ');
		}
		text.append(token, start, end);
	}

	/*
	 * A text's words, with punctuation apart ("migration." is "migration" and "."; the
	 * punctuation is {@code ,.;:!?()[]}): where each begins and ends, and its hash; words
	 * are split by the whitespace of {@code \s} (space, tab, line breaks, form feed).
	 */
	private static final class Words {

		final String text;

		int[] start;

		int[] end;

		int[] hash;

		int count;

		private Words(String text, int capacity) {
			this.text = text;
			this.start = new int[capacity];
			this.end = new int[capacity];
			this.hash = new int[capacity];
		}

		static Words of(String text) {
			var words = new Words(text, Math.max(4, text.length() / 5));
			int length = text.length();
			int i = 0;
			while (i < length) {
				char c = text.charAt(i);
				if (isSpace(c)) {
					i++;
					continue;
				}
				if (isPunctuation(c)) {
					words.add(i, i + 1, c);
					i++;
					continue;
				}
				int from = i;
				int h = 0;
				while (i < length) {
					c = text.charAt(i);
					if (isSpace(c) || isPunctuation(c)) {
						break;
					}
					h = 31 * h + c;
					i++;
				}
				words.add(from, i, h);
			}
			return words;
		}

		private static boolean isPunctuation(char c) {
			return switch (c) {
				case ',', '.', ';', ':', '!', '?', '(', ')', '[', ']' -> true;
				default -> false;
			};
		}

		private static boolean isSpace(char c) {
			return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
		}

		private void add(int from, int to, int h) {
			if (this.count == this.start.length) {
				int grown = this.count * 2;
				this.start = Arrays.copyOf(this.start, grown);
				this.end = Arrays.copyOf(this.end, grown);
				this.hash = Arrays.copyOf(this.hash, grown);
			}
			this.start[this.count] = from;
			this.end[this.count] = to;
			this.hash[this.count] = h;
			this.count++;
		}

		boolean equal(int i, Words other, int j) {
			int length = this.end[i] - this.start[i];
			return this.hash[i] == other.hash[j] && length == other.end[j] - other.start[j]
					&& this.text.regionMatches(this.start[i], other.text, other.start[j], length);
		}

		boolean sameAs(Words other) {
			if (this.count != other.count) {
				return false;
			}
			for (int w = 0; w < this.count; w++) {
				if (!equal(w, other, w)) {
					return false;
				}
			}
			return true;
		}

	}

}
