package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One revision of a model as pages, documents and the API show it, with its figures. */
public record ModelRevisionView(int number, @Nullable String label, LocalDate presentedOn, List<SeatCount> seats,
		NewMembersVeto newMembersVeto, ExistingVeto existingVeto, @Nullable String vetoProposals,
		@Nullable Integer longerTermYears, ReElection reElection, @Nullable Integer reviewAfterYears,
		@Nullable String reviewClause, @Nullable Integer votesNeeded, @Nullable String notes, @Nullable String sources,
		@Nullable String uncertain, String recordedBy, Instant recordedAt, ModelFigures figures) {

	public ModelRevisionView {
		seats = List.copyOf(seats);
	}

	public int seats(SeatCategory category, SeatRegion region) {
		return this.seats.stream()
			.filter((s) -> s.category() == category && s.region() == region)
			.mapToInt(SeatCount::seats)
			.sum();
	}

	/** Whether part of the model could not be checked against its sources. */
	public boolean hasDoubts() {
		return this.uncertain != null;
	}

}
