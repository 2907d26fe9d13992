package org.plenary.text.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidInput;
import org.plenary.text.AmendmentKind;
import org.plenary.text.AmendmentStatus;
import org.plenary.text.ParagraphKind;
import org.plenary.text.Stance;
import org.plenary.text.TableAmendment;

/** What the text API and the pages' forms send. */
final class TextRequests {

	private TextRequests() {
	}

	record NewText(@Nullable String title, @Nullable String symbol) {
	}

	record Import(@Nullable String label, @Nullable String text, @Nullable Boolean finalText) {
	}

	/** A revision's version in another language: its language's tag and its text. */
	record Version(@Nullable String language, @Nullable String text) {
	}

	record Next(@Nullable String label) {
	}

	record Issue(@Nullable LocalDate issuedOn) {
	}

	record Amendment(@Nullable UUID paragraph, @Nullable AmendmentKind kind, @Nullable String oldWords,
			@Nullable String anchorWords, @Nullable String newWords, @Nullable ParagraphKind newKind,
			@Nullable String explanation, @Nullable String holder) {

		TableAmendment toCommand() {
			if (this.kind == null) {
				throw new InvalidInput("kind",
						"Say what the amendment does: delete, insert or replace words, add or " + "delete a paragraph.",
						"refusal.text.sayAmendmentKind");
			}
			return new TableAmendment(this.paragraph, this.kind, this.oldWords, this.anchorWords, this.newWords,
					this.newKind, this.explanation, this.holder == null ? "" : this.holder);
		}

	}

	record Backing(@Nullable String holder, @Nullable Stance stance) {

		Stance stanceTaken() {
			if (this.stance == null) {
				throw new InvalidInput("stance", "Co-sponsor, support or oppose.", "refusal.text.chooseStance");
			}
			return this.stance;
		}

	}

	record Placing(@Nullable AmendmentStatus status, @Nullable String reason) {

		AmendmentStatus statusGiven() {
			if (this.status == null) {
				throw new InvalidInput("status", "Choose accepted, merged, not retained or withdrawn.",
						"refusal.text.chooseStatus");
			}
			return this.status;
		}

	}

}
