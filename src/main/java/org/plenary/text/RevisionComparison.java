package org.plenary.text;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.WordDiff;

/**
 * Two revisions compared paragraph by paragraph (followed by their lineage) and word by
 * word: added, deleted, changed, moved (another place in the order), or unchanged.
 */
public record RevisionComparison(RevisionId from, String fromLabel, RevisionId to, String toLabel,
		List<ParagraphChange> paragraphs) {

	public RevisionComparison {
		paragraphs = List.copyOf(paragraphs);
	}

	public enum Status {

		ADDED, DELETED, CHANGED, MOVED, MOVED_AND_CHANGED, UNCHANGED

	}

	/**
	 * One paragraph's fate, with its number and words before and after; a deleted one
	 * stands where it stood, among the paragraphs around it.
	 */
	public record ParagraphChange(UUID lineage, String part, @Nullable String numberBefore,
			@Nullable String numberAfter, Status status, List<WordDiff.Run> words, @Nullable String textBefore,
			@Nullable String textAfter, @Nullable String partBefore) {

		public ParagraphChange {
			words = List.copyOf(words);
		}

	}

	/** Whether nothing changed at all. */
	public boolean isEmpty() {
		return this.paragraphs.stream().allMatch((p) -> p.status() == Status.UNCHANGED);
	}

}
