package org.plenary.positions;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidInput;

/**
 * A change proposed to an element: to add words ({@code newText}), delete words
 * ({@code oldText}) or replace {@code oldText} with {@code newText}, for a delegation or
 * a group ({@code holder}), with the reason.
 */
public record ProposeChange(String holder, ProposedChange change, @Nullable String oldText, @Nullable String newText,
		@Nullable String reason) {

	public ProposeChange {
		holder = holder.strip();
		oldText = oldText == null || oldText.isBlank() ? null : oldText.strip();
		newText = newText == null || newText.isBlank() ? null : newText.strip();
		reason = reason == null || reason.isBlank() ? null : reason.strip();
		if (change != ProposedChange.ADD && oldText == null) {
			throw new InvalidInput("oldText", "Quote the words to delete or replace.",
					"refusal.positions.quoteOldText");
		}
		if (change != ProposedChange.DELETE && newText == null) {
			throw new InvalidInput("newText", "Give the words to add or put in their place.",
					"refusal.positions.giveNewText");
		}
		if ((oldText != null && oldText.length() > 4000) || (newText != null && newText.length() > 4000)) {
			throw new InvalidInput("newText", "The proposed text has at most 4,000 characters.",
					"refusal.positions.proposedAtMost4000");
		}
		if (reason != null && reason.length() > 2000) {
			throw new InvalidInput("reason", "At most 2,000 characters.", "refusal.positions.atMost2000");
		}
	}

}
