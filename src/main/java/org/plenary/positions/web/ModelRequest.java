package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.positions.ExistingVeto;
import org.plenary.positions.NewMembersVeto;
import org.plenary.positions.NewModel;
import org.plenary.positions.NewRevision;
import org.plenary.positions.ReElection;
import org.plenary.positions.SeatCount;
import org.plenary.process.ProcessId;
import org.plenary.system.InvalidInput;

/**
 * A model as the API receives it: {@code {"process": "…", "name": "…", "submittedBy":
 * "G4", "revision": {…}}}.
 */
record ModelRequest(@Nullable UUID process, @Nullable String name, @Nullable String submittedBy,
		@Nullable RevisionRequest revision) {

	NewModel toModel() {
		if (this.process == null) {
			throw new InvalidInput("process", "Say in which process the model is submitted.",
					"refusal.positions.modelProcess");
		}
		if (this.revision == null) {
			throw new InvalidInput("revision", "A model comes with its composition: give the revision.",
					"refusal.positions.modelNeedsRevision");
		}
		return new NewModel(new ProcessId(this.process), this.name == null ? "" : this.name,
				this.submittedBy == null ? "" : this.submittedBy, this.revision.toRevision());
	}

	/**
	 * A revision: its whole composition as {@code seats: [{"category": "PERMANENT",
	 * "region": "AFRICAN", "seats": 2}, …]}, what it says of the veto, terms and review.
	 */
	record RevisionRequest(@Nullable String label, @Nullable LocalDate presentedOn, @Nullable List<SeatCount> seats,
			@Nullable NewMembersVeto newMembersVeto, @Nullable ExistingVeto existingVeto,
			@Nullable String vetoProposals, @Nullable Integer longerTermYears, @Nullable ReElection reElection,
			@Nullable Integer reviewAfterYears, @Nullable String reviewClause, @Nullable Integer votesNeeded,
			@Nullable String notes, @Nullable String sources, @Nullable String uncertain, @Nullable Long version) {

		NewRevision toRevision() {
			if (this.presentedOn == null) {
				throw new InvalidInput("presentedOn", "Say on which day the model was presented.",
						"refusal.positions.presentedOn");
			}
			if (this.seats == null || this.seats.isEmpty()) {
				throw new InvalidInput("seats", "Give the model's seats by category and region.",
						"refusal.positions.giveSeats");
			}
			if (this.seats.stream().anyMatch((s) -> s == null || s.category() == null || s.region() == null)) {
				throw new InvalidInput("seats", "Each entry of seats needs a category and a region.",
						"refusal.positions.seatEntry");
			}
			return new NewRevision(this.label, this.presentedOn, this.seats,
					this.newMembersVeto == null ? NewMembersVeto.NOT_STATED : this.newMembersVeto,
					this.existingVeto == null ? ExistingVeto.NOT_STATED : this.existingVeto, this.vetoProposals,
					this.longerTermYears, this.reElection == null ? ReElection.NOT_STATED : this.reElection,
					this.reviewAfterYears, this.reviewClause, this.votesNeeded, this.notes, this.sources,
					this.uncertain);
		}

	}

}
