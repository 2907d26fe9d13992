package org.plenary.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.github.difflib.DiffUtils;
import org.plenary.system.WordDiff.Change;
import org.plenary.system.WordDiff.Run;

/**
 * The word diff as it was written first, straightforwardly: a regular expression for the
 * words, java-diff-utils' Myers diff over lists of strings. {@link WordDiff} must give
 * the same runs (WordDiffTests compares them on generated texts).
 */
public final class ReferenceWordDiff {

	private ReferenceWordDiff() {
	}

	public static List<Run> between(String before, String after) {
		var a = words(before);
		var b = words(after);
		var runs = new ArrayList<Run>();
		int at = 0;
		var deltas = new ArrayList<>(DiffUtils.diff(a, b).getDeltas());
		deltas.sort(Comparator.comparingInt((d) -> d.getSource().getPosition()));
		for (var delta : deltas) {
			add(runs, Change.KEPT, a.subList(at, delta.getSource().getPosition()));
			add(runs, Change.DELETED, delta.getSource().getLines());
			add(runs, Change.INSERTED, delta.getTarget().getLines());
			at = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(runs, Change.KEPT, a.subList(at, a.size()));
		return runs;
	}

	/** Whether the two texts have the same words. */
	public static boolean same(String before, String after) {
		return words(before).equals(words(after));
	}

	/** Words, with punctuation apart: "migration." is "migration" and ".". */
	private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern
		.compile("[^\\s,.;:!?()\\[\\]]+|[,.;:!?()\\[\\]]");

	private static List<String> words(String text) {
		var tokens = new ArrayList<String>();
		var matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/**
	 * Joins words back: a space between words, none before closing punctuation or after
	 * "(".
	 */
	private static String join(List<String> tokens) {
		var text = new StringBuilder();
		for (var token : tokens) {
			boolean closing = token.length() == 1 && ",.;:!?)]".indexOf(token.charAt(0)) >= 0;
			boolean afterOpening = !text.isEmpty()
					&& (text.charAt(text.length() - 1) == '(' || text.charAt(text.length() - 1) == '[');
			if (!text.isEmpty() && !closing && !afterOpening) {
				text.append(' ');
			}
			text.append(token);
		}
		return text.toString();
	}

	private static void add(List<Run> runs, Change change, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		var text = join(words);
		if (!runs.isEmpty() && runs.get(runs.size() - 1).change() == change) {
			var last = runs.remove(runs.size() - 1);
			text = join(List.of(last.text(), text));
		}
		runs.add(new Run(change, text));
	}

}
