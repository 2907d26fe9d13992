package org.plenary.positions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.github.difflib.DiffUtils;

/**
 * Word by word, what changed from one text to another (java-diff-utils' Myers diff over
 * the words): runs of words kept, deleted and inserted, in reading order.
 */
final class WordDiff {

	private WordDiff() {
	}

	static List<ElementsComparison.Words> between(String before, String after) {
		var a = words(before);
		var b = words(after);
		var runs = new ArrayList<ElementsComparison.Words>();
		int at = 0;
		var deltas = new ArrayList<>(DiffUtils.diff(a, b).getDeltas());
		deltas.sort(Comparator.comparingInt((d) -> d.getSource().getPosition()));
		for (var delta : deltas) {
			add(runs, ElementsComparison.WordChange.KEPT, a.subList(at, delta.getSource().getPosition()));
			add(runs, ElementsComparison.WordChange.DELETED, delta.getSource().getLines());
			add(runs, ElementsComparison.WordChange.INSERTED, delta.getTarget().getLines());
			at = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(runs, ElementsComparison.WordChange.KEPT, a.subList(at, a.size()));
		return runs;
	}

	private static List<String> words(String text) {
		var stripped = text.strip();
		return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
	}

	private static void add(List<ElementsComparison.Words> runs, ElementsComparison.WordChange change,
			List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		var text = String.join(" ", words);
		if (!runs.isEmpty() && runs.get(runs.size() - 1).change() == change) {
			var last = runs.remove(runs.size() - 1);
			text = last.text() + " " + text;
		}
		runs.add(new ElementsComparison.Words(change, text));
	}

}
