package org.plenary.text.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import org.jspecify.annotations.Nullable;
import org.plenary.system.WordDiff;

/**
 * Word by word, what changed between two paragraphs, in pieces that keep the texts' own
 * spacing: each word (or mark of punctuation) with the spaces before it. Joined, the kept
 * and deleted pieces give the earlier text exactly, the kept and inserted pieces the
 * later one — what tracked changes need, where accepting or rejecting them all must give
 * each revision's own words.
 */
final class TrackedWords {

	private static final Pattern PIECE = Pattern.compile("\\s*(?:[^\\s,.;:!?()\\[\\]]+|[,.;:!?()\\[\\]])|\\s+$");

	private TrackedWords() {
	}

	static List<WordDiff.Run> between(@Nullable String before, @Nullable String after) {
		var a = pieces(before == null ? "" : before);
		var b = pieces(after == null ? "" : after);
		var runs = new ArrayList<WordDiff.Run>();
		int at = 0;
		for (var delta : DiffUtils.diff(a, b).getDeltas()) {
			add(runs, WordDiff.Change.KEPT, a.subList(at, delta.getSource().getPosition()));
			add(runs, WordDiff.Change.DELETED, delta.getSource().getLines());
			add(runs, WordDiff.Change.INSERTED, delta.getTarget().getLines());
			at = delta.getSource().getPosition() + delta.getSource().size();
		}
		add(runs, WordDiff.Change.KEPT, a.subList(at, a.size()));
		return runs;
	}

	static List<String> pieces(String text) {
		var pieces = new ArrayList<String>();
		var matcher = PIECE.matcher(text);
		while (matcher.find()) {
			if (!matcher.group().isEmpty()) {
				pieces.add(matcher.group());
			}
		}
		return pieces;
	}

	private static void add(List<WordDiff.Run> runs, WordDiff.Change change, List<String> pieces) {
		if (!pieces.isEmpty()) {
			runs.add(new WordDiff.Run(change, String.join("", pieces)));
		}
	}

}
