package org.plenary.text;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a paragraph: its number and text in each revision it stands in, and
 * the amendments tabled to it there with where they ended.
 */
public record ParagraphHistory(UUID lineage, List<Step> steps) {

	public ParagraphHistory {
		steps = List.copyOf(steps);
	}

	/** The paragraph in one revision, or its absence from it. */
	public record Step(RevisionId revision, String label, @Nullable String number, @Nullable String text,
			List<AmendmentView> amendments) {

		public Step {
			amendments = List.copyOf(amendments);
		}

	}

}
