package org.plenary.text;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A revision as it reads: its parts in order, each with its paragraphs numbered the way
 * the UN numbers them (PP1 …, 1., 2. …, (a), (b) …).
 */
public record RevisionView(RevisionId id, TextId text, String textTitle, @Nullable String symbol, int number,
		String label, boolean issued, @Nullable LocalDate issuedOn, boolean finalText, List<Part> parts, long version) {

	public RevisionView {
		parts = List.copyOf(parts);
	}

	/** A part of the text (a preamble, a section, an objective) and its paragraphs. */
	public record Part(String heading, List<ParagraphView> paragraphs) {

		public Part {
			paragraphs = List.copyOf(paragraphs);
		}

	}

	/**
	 * A paragraph with its number as the text shows it, and its lineage across revisions.
	 */
	public record ParagraphView(UUID lineage, ParagraphKind kind, String number, String text) {
	}

	public List<ParagraphView> paragraphs() {
		return this.parts.stream().flatMap((p) -> p.paragraphs().stream()).toList();
	}

}
