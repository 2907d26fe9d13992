package org.plenary.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import com.github.difflib.DiffUtils;
import org.plenary.system.WordDiff;

/**
 * Compares two revisions: paragraphs followed by their lineage — added, deleted, changed,
 * moved (out of the order of the others, found by a longest common subsequence of the
 * lineages kept), moved and changed — and the words of each.
 */
final class Comparison {

	private Comparison() {
	}

	static RevisionComparison between(RevisionView before, RevisionView after) {
		var old = new HashMap<UUID, RevisionView.ParagraphView>();
		var partOf = new HashMap<UUID, String>();
		before.parts().forEach((p) -> p.paragraphs().forEach((q) -> {
			old.put(q.lineage(), q);
			partOf.put(q.lineage(), p.heading());
		}));
		var kept = after.paragraphs()
			.stream()
			.map(RevisionView.ParagraphView::lineage)
			.filter(old::containsKey)
			.toList();
		var keptSet = new HashSet<UUID>(kept);
		var keptBefore = before.paragraphs()
			.stream()
			.map(RevisionView.ParagraphView::lineage)
			.filter(keptSet::contains)
			.toList();
		var moved = new HashSet<UUID>();
		for (var delta : DiffUtils.diff(keptBefore, kept).getDeltas()) {
			moved.addAll(delta.getTarget().getLines());
		}
		var changes = new ArrayList<RevisionComparison.ParagraphChange>();
		for (var part : after.parts()) {
			for (var paragraph : part.paragraphs()) {
				var previous = old.remove(paragraph.lineage());
				if (previous == null) {
					changes.add(new RevisionComparison.ParagraphChange(paragraph.lineage(), part.heading(), null,
							paragraph.number(), RevisionComparison.Status.ADDED,
							List.of(new WordDiff.Run(WordDiff.Change.INSERTED, paragraph.text())), null,
							paragraph.text(), null));
					continue;
				}
				// Each pair's words read once: null when they are the same words.
				var words = WordDiff.ifChanged(previous.text(), paragraph.text());
				boolean same = words == null;
				boolean wasMoved = moved.contains(paragraph.lineage());
				var status = wasMoved
						? (same ? RevisionComparison.Status.MOVED : RevisionComparison.Status.MOVED_AND_CHANGED)
						: (same ? RevisionComparison.Status.UNCHANGED : RevisionComparison.Status.CHANGED);
				changes.add(
						new RevisionComparison.ParagraphChange(paragraph.lineage(), part.heading(), previous.number(),
								paragraph.number(), status, (words == null)
										? List.of(new WordDiff.Run(WordDiff.Change.KEPT, paragraph.text())) : words,
								previous.text(), paragraph.text(), partOf.get(paragraph.lineage())));
			}
		}
		// A deleted paragraph stands where it stood: before the next paragraph that
		// stays, when
		// that one is in the same part, else after the last one before it that stays.
		var beforeOrder = before.paragraphs();
		for (int i = 0; i < beforeOrder.size(); i++) {
			var gone = beforeOrder.get(i);
			if (!old.containsKey(gone.lineage())) {
				continue;
			}
			var deleted = new RevisionComparison.ParagraphChange(gone.lineage(), partOf.get(gone.lineage()),
					gone.number(), null, RevisionComparison.Status.DELETED,
					List.of(new WordDiff.Run(WordDiff.Change.DELETED, gone.text())), gone.text(), null,
					partOf.get(gone.lineage()));
			changes.add(place(changes, beforeOrder, i, old, partOf), deleted);
		}
		return new RevisionComparison(before.id(), before.label(), after.id(), after.label(), changes);
	}

	/**
	 * Where the deleted paragraph at {@code at} of the earlier revision goes in the
	 * changes.
	 */
	private static int place(List<RevisionComparison.ParagraphChange> changes, List<RevisionView.ParagraphView> before,
			int at, java.util.Map<UUID, RevisionView.ParagraphView> deleted, java.util.Map<UUID, String> partOf) {
		var part = partOf.get(before.get(at).lineage());
		for (int next = at + 1; next < before.size(); next++) {
			var lineage = before.get(next).lineage();
			if (deleted.containsKey(lineage)) {
				continue;
			}
			if (part.equals(partOf.get(lineage))) {
				return indexOf(changes, lineage);
			}
			break;
		}
		for (int previous = at - 1; previous >= 0; previous--) {
			var lineage = before.get(previous).lineage();
			int index = indexOf(changes, lineage);
			if (index >= 0) {
				return index + 1;
			}
		}
		return 0;
	}

	private static int indexOf(List<RevisionComparison.ParagraphChange> changes, UUID lineage) {
		for (int i = 0; i < changes.size(); i++) {
			if (changes.get(i).lineage().equals(lineage)) {
				return i;
			}
		}
		return -1;
	}

}
