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
		var keptBefore = before.paragraphs()
			.stream()
			.map(RevisionView.ParagraphView::lineage)
			.filter(kept::contains)
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
							List.of(new WordDiff.Run(WordDiff.Change.INSERTED, paragraph.text()))));
					continue;
				}
				boolean same = WordDiff.same(previous.text(), paragraph.text());
				boolean wasMoved = moved.contains(paragraph.lineage());
				var status = wasMoved
						? (same ? RevisionComparison.Status.MOVED : RevisionComparison.Status.MOVED_AND_CHANGED)
						: (same ? RevisionComparison.Status.UNCHANGED : RevisionComparison.Status.CHANGED);
				changes.add(new RevisionComparison.ParagraphChange(paragraph.lineage(), part.heading(),
						previous.number(), paragraph.number(), status,
						same ? List.of(new WordDiff.Run(WordDiff.Change.KEPT, paragraph.text()))
								: WordDiff.between(previous.text(), paragraph.text())));
			}
		}
		for (var gone : before.paragraphs()) {
			if (old.containsKey(gone.lineage())) {
				changes.add(new RevisionComparison.ParagraphChange(gone.lineage(), partOf.get(gone.lineage()),
						gone.number(), null, RevisionComparison.Status.DELETED,
						List.of(new WordDiff.Run(WordDiff.Change.DELETED, gone.text()))));
			}
		}
		return new RevisionComparison(before.id(), before.label(), after.id(), after.label(), changes);
	}

}
