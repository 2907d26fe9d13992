package org.plenary.text;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidInput;

/**
 * An amendment as tabled to a revision: for a paragraph, words to delete, words to insert
 * after others (at the start when none are given), words to replace; or a new paragraph
 * after one (at the end when none is given); or a paragraph to delete — for a delegation
 * or a group ({@code holder}), with an optional explanation.
 */
public record TableAmendment(@Nullable UUID paragraph, AmendmentKind kind, @Nullable String oldWords,
		@Nullable String anchorWords, @Nullable String newWords, @Nullable ParagraphKind newKind,
		@Nullable String explanation, String holder) {

	public TableAmendment {
		oldWords = blankAsNull(oldWords);
		anchorWords = blankAsNull(anchorWords);
		newWords = blankAsNull(newWords);
		explanation = blankAsNull(explanation);
		holder = holder.strip();
		boolean needsParagraph = kind != AmendmentKind.ADD_PARAGRAPH;
		if (needsParagraph && paragraph == null) {
			throw new InvalidInput("paragraph", "Choose the paragraph to amend.", "refusal.text.chooseParagraph");
		}
		if ((kind == AmendmentKind.DELETE_WORDS || kind == AmendmentKind.REPLACE_WORDS) && oldWords == null) {
			throw new InvalidInput("oldWords", "Quote the words to delete or replace.", "refusal.text.quoteOldWords");
		}
		if ((kind == AmendmentKind.INSERT_WORDS || kind == AmendmentKind.REPLACE_WORDS
				|| kind == AmendmentKind.ADD_PARAGRAPH) && newWords == null) {
			throw new InvalidInput("newWords", "Give the words to insert, or the new paragraph.",
					"refusal.text.giveNewWords");
		}
		if (holder.isEmpty()) {
			throw new InvalidInput("holder", "Say for which delegation or group the amendment is tabled.",
					"refusal.text.holder");
		}
		for (var words : new String[] { oldWords, anchorWords, newWords }) {
			if (words != null && words.length() > 20_000) {
				throw new InvalidInput("newWords", "At most 20,000 characters.", "refusal.text.atMost20000");
			}
		}
		if (explanation != null && explanation.length() > 4000) {
			throw new InvalidInput("explanation", "At most 4,000 characters.", "refusal.text.atMost4000");
		}
	}

	private static @Nullable String blankAsNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
