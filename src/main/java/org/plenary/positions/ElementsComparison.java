package org.plenary.positions;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.WordDiff;

/**
 * What changed between two revisions of the Elements document, element by element: added,
 * removed, changed (with the words inserted and deleted) or unchanged.
 */
public record ElementsComparison(int from, int to, List<ElementChange> elements) {

	public ElementsComparison {
		elements = List.copyOf(elements);
	}

	public enum Status {

		ADDED, REMOVED, CHANGED, UNCHANGED

	}

	/** One element's fate. */
	public record ElementChange(UUID lineage, String cluster, Status status, @Nullable ElementKind kindBefore,
			@Nullable ElementKind kindAfter, List<WordDiff.Run> words) {

		public ElementChange {
			words = List.copyOf(words);
		}

	}

}
