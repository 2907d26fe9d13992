package org.plenary.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Builds the compilation text: for each paragraph, the amendments that bear on it, cut
 * into segments where their words lie; amendments whose words overlap (or that insert at
 * the same point) compete, and are shown together, bracketed.
 */
final class Compilation {

	private Compilation() {
	}

	static CompilationView of(RevisionView revision, List<AmendmentView> amendments, @Nullable String part) {
		var onParagraph = new HashMap<UUID, List<AmendmentView>>();
		var newAfter = new HashMap<UUID, List<AmendmentView>>();
		var atTheEnd = new ArrayList<AmendmentView>();
		for (var amendment : amendments) {
			if (amendment.kind() == AmendmentKind.ADD_PARAGRAPH) {
				if (amendment.paragraph() == null) {
					atTheEnd.add(amendment);
				}
				else {
					newAfter.computeIfAbsent(amendment.paragraph(), (p) -> new ArrayList<>()).add(amendment);
				}
			}
			else if (amendment.paragraph() != null) {
				onParagraph.computeIfAbsent(amendment.paragraph(), (p) -> new ArrayList<>()).add(amendment);
			}
		}
		var parts = new ArrayList<CompilationView.Part>();
		for (int i = 0; i < revision.parts().size(); i++) {
			var section = revision.parts().get(i);
			if (part != null && !part.isBlank() && !section.heading().equals(part)) {
				continue;
			}
			var compiled = new ArrayList<CompilationView.Compiled>();
			for (var paragraph : section.paragraphs()) {
				var after = new ArrayList<>(newAfter.getOrDefault(paragraph.lineage(), List.of()));
				compiled.add(new CompilationView.Compiled(paragraph,
						segments(paragraph.text(), onParagraph.getOrDefault(paragraph.lineage(), List.of())), after));
			}
			if (i == revision.parts().size() - 1 && !compiled.isEmpty() && !atTheEnd.isEmpty()) {
				var last = compiled.remove(compiled.size() - 1);
				var after = new ArrayList<>(last.newAfter());
				after.addAll(atTheEnd);
				compiled.add(new CompilationView.Compiled(last.paragraph(), last.segments(), after));
			}
			parts.add(new CompilationView.Part(section.heading(), compiled));
		}
		return new CompilationView(revision, parts, amendments);
	}

	private record Placed(AmendmentView amendment, int start, int end) {
	}

	static List<CompilationView.Segment> segments(String text, List<AmendmentView> amendments) {
		var placed = new ArrayList<Placed>();
		for (var amendment : amendments) {
			var span = Amendment.span(amendment.kind(), amendment.oldWords(), amendment.anchorWords(), text);
			if (span != null) {
				placed.add(new Placed(amendment, span[0], span[1]));
			}
		}
		placed.sort(Comparator.comparingInt(Placed::start).thenComparingInt(Placed::end));
		var segments = new ArrayList<CompilationView.Segment>();
		int cursor = 0;
		int i = 0;
		while (i < placed.size()) {
			var cluster = new ArrayList<Placed>();
			cluster.add(placed.get(i));
			int start = placed.get(i).start();
			int end = placed.get(i).end();
			i++;
			while (i < placed.size() && overlaps(start, end, placed.get(i))) {
				cluster.add(placed.get(i));
				end = Math.max(end, placed.get(i).end());
				i++;
			}
			if (start > cursor) {
				segments.add(new CompilationView.Segment(text.substring(cursor, start), List.of(), false, false));
			}
			var alternatives = cluster.stream().map(Placed::amendment).toList();
			boolean competing = alternatives.size() > 1;
			boolean opposed = alternatives.stream().anyMatch(AmendmentView::isOpposed);
			segments.add(new CompilationView.Segment(text.substring(start, end), alternatives, competing || opposed,
					competing));
			cursor = end;
		}
		if (cursor < text.length()) {
			segments.add(new CompilationView.Segment(text.substring(cursor), List.of(), false, false));
		}
		return segments;
	}

	/**
	 * Whether an amendment bears on words of the span (or inserts at a point inside or at
	 * its ends).
	 */
	private static boolean overlaps(int start, int end, Placed next) {
		if (next.start() < end) {
			return true;
		}
		return next.start() == end && (next.start() == next.end() || start == end);
	}

}
