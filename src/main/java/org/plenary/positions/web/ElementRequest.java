package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.positions.ElementKind;
import org.plenary.positions.NewElement;
import org.plenary.positions.ProposeChange;
import org.plenary.positions.ProposedChange;
import org.plenary.system.InvalidInput;

/**
 * What the Elements API receives: a revision to draft, an element, a proposal, an answer.
 */
final class ElementRequest {

	private ElementRequest() {
	}

	record Draft(@Nullable String title, @Nullable Integer session, @Nullable LocalDate dated) {

		int sessionNumber() {
			if (this.session == null) {
				throw new InvalidInput("session", "Say in which session the revision is issued.",
						"refusal.positions.revisionSession");
			}
			return this.session;
		}

		LocalDate date() {
			if (this.dated == null) {
				throw new InvalidInput("dated", "Date the revision.", "refusal.positions.dateTheRevision");
			}
			return this.dated;
		}

	}

	record Element(@Nullable UUID topic, @Nullable ElementKind kind, @Nullable String text,
			@Nullable List<UUID> supporting, @Nullable List<UUID> opposing, @Nullable Long version) {

		NewElement toElement() {
			if (this.topic == null) {
				throw new InvalidInput("topic", "Choose the cluster.", "refusal.positions.chooseCluster");
			}
			return new NewElement(this.topic, this.kind == null ? ElementKind.COMMONALITY : this.kind,
					this.text == null ? "" : this.text, this.supporting == null ? List.of() : this.supporting,
					this.opposing == null ? List.of() : this.opposing);
		}

	}

	record Proposal(@Nullable UUID element, @Nullable String holder, @Nullable ProposedChange change,
			@Nullable String oldText, @Nullable String newText, @Nullable String reason) {

		ProposeChange toChange() {
			if (this.element == null) {
				throw new InvalidInput("element", "Choose the element.", "refusal.positions.chooseElement");
			}
			if (this.change == null) {
				throw new InvalidInput("change", "Say whether to add, delete or replace words.",
						"refusal.positions.sayWhichChange");
			}
			return new ProposeChange(this.holder == null ? "" : this.holder, this.change, this.oldText, this.newText,
					this.reason);
		}

	}

	record Decision(@Nullable Boolean accepted, @Nullable String reason) {
	}

}
