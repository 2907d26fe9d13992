package org.plenary.positions;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
			@Nullable ElementKind kindAfter, List<Words> words) {

		public ElementChange {
			words = List.copyOf(words);
		}

	}

	/** A run of words kept, inserted or deleted. */
	public record Words(WordChange change, String text) {
	}

	public enum WordChange {

		KEPT, INSERTED, DELETED

	}

}
