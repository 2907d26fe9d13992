package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidInput;

/**
 * A model as presented on a day: its whole composition (every seat, today's permanent
 * members included), what it says of the veto, terms, re-election, review and the votes a
 * decision would need, with notes, the sources of its figures and what is uncertain.
 */
public record NewRevision(@Nullable String label, LocalDate presentedOn, List<SeatCount> seats,
		NewMembersVeto newMembersVeto, ExistingVeto existingVeto, @Nullable String vetoProposals,
		@Nullable Integer longerTermYears, ReElection reElection, @Nullable Integer reviewAfterYears,
		@Nullable String reviewClause, @Nullable Integer votesNeeded, @Nullable String notes, @Nullable String sources,
		@Nullable String uncertain) {

	public NewRevision {
		seats = List.copyOf(seats);
		label = blankAsNull(label, "label", 200);
		vetoProposals = blankAsNull(vetoProposals, "vetoProposals", 2000);
		reviewClause = blankAsNull(reviewClause, "reviewClause", 2000);
		notes = blankAsNull(notes, "notes", 4000);
		sources = blankAsNull(sources, "sources", 4000);
		uncertain = blankAsNull(uncertain, "uncertain", 2000);
		Composition composition;
		try {
			composition = Composition.of(seats);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("seats", ex);
		}
		if (longerTermYears != null && (longerTermYears < 3 || longerTermYears > 20)) {
			throw new InvalidInput("longerTermYears", "A longer-term seat lasts from 3 to 20 years.",
					"refusal.positions.longerTermYears");
		}
		if (longerTermYears != null && composition.seats(SeatCategory.LONGER_TERM) == 0) {
			throw new InvalidInput("longerTermYears", "The model has no longer-term seats to give a term.",
					"refusal.positions.noLongerTermSeats");
		}
		if (reviewAfterYears != null && (reviewAfterYears < 1 || reviewAfterYears > 100)) {
			throw new InvalidInput("reviewAfterYears", "A review comes after 1 to 100 years.",
					"refusal.positions.reviewAfterYears");
		}
		if (newMembersVeto == NewMembersVeto.DEFERRED_TO_REVIEW && reviewAfterYears == null && reviewClause == null) {
			throw new InvalidInput("reviewAfterYears", "A veto deferred to a review needs the review.",
					"refusal.positions.vetoDeferredNeedsReview");
		}
		if (votesNeeded != null && (votesNeeded < 1 || votesNeeded > composition.size())) {
			throw new InvalidInput("votesNeeded",
					"The votes a decision needs are between 1 and the Council's %d members."
						.formatted(composition.size()),
					"refusal.positions.votesNeeded", composition.size());
		}
	}

	public Composition composition() {
		return Composition.of(this.seats);
	}

	private static @Nullable String blankAsNull(@Nullable String text, String field, int most) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (text.strip().length() > most) {
			throw new InvalidInput(field, "At most %d characters.".formatted(most),
					"refusal.positions.atMostCharacters", most);
		}
		return text.strip();
	}

}
