package org.plenary.text;

import java.util.List;

/**
 * The compilation text: the revision with every amendment shown where it bears and
 * attributed, bracketed where delegations disagree (an amendment opposed, or amendments
 * competing for the same words) — the document the facilitators hand out between rounds.
 */
public record CompilationView(RevisionView revision, List<Part> parts, List<AmendmentView> amendments) {

	public CompilationView {
		parts = List.copyOf(parts);
		amendments = List.copyOf(amendments);
	}

	/** A part with its paragraphs as compiled. */
	public record Part(String heading, List<Compiled> paragraphs) {

		public Part {
			paragraphs = List.copyOf(paragraphs);
		}

	}

	/**
	 * A paragraph cut into segments — plain text, and the words amendments bear on with
	 * what each proposes — followed by the new paragraphs proposed after it.
	 */
	public record Compiled(RevisionView.ParagraphView paragraph, List<Segment> segments, List<AmendmentView> newAfter) {

		public Compiled {
			segments = List.copyOf(segments);
			newAfter = List.copyOf(newAfter);
		}

		public boolean isAmended() {
			return this.segments.stream().anyMatch((s) -> !s.alternatives().isEmpty()) || !this.newAfter.isEmpty();
		}

	}

	/**
	 * A run of the paragraph's words: plain when no amendment bears on it; otherwise the
	 * words as they stand (empty where words would be inserted) and the amendments on
	 * them, bracketed when opposed or competing.
	 */
	public record Segment(String text, List<AmendmentView> alternatives, boolean bracketed, boolean competing) {

		public Segment {
			alternatives = List.copyOf(alternatives);
		}

		public boolean isPlain() {
			return this.alternatives.isEmpty();
		}

	}

}
