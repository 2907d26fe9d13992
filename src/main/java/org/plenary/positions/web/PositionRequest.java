package org.plenary.positions.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.positions.SourceKind;
import org.plenary.positions.StatePosition;
import org.plenary.process.ProcessId;
import org.plenary.system.InvalidInput;

/**
 * A position as the API and the page's form send it: whose ({@code holder}: a
 * delegation's code or a group's short name), on which topic, the stance chosen and the
 * text, the session, where and when it was said, and whether it is published.
 */
record PositionRequest(@Nullable UUID topic, @Nullable String holder, @Nullable UUID stance, @Nullable String text,
		@Nullable Integer session, @Nullable SourceKind sourceKind, @Nullable String sourceReference,
		@Nullable LocalDate statedOn, @Nullable Boolean published) {

	StatePosition toCommand(ProcessId process) {
		if (this.topic == null) {
			throw new InvalidInput("topic", "Choose the topic.", "refusal.positions.chooseTopic");
		}
		if (this.session == null) {
			throw new InvalidInput("session", "Say in which session of the Assembly the position was stated.",
					"refusal.positions.statedInSession");
		}
		if (this.statedOn == null) {
			throw new InvalidInput("statedOn", "Say on which day the position was stated.",
					"refusal.positions.statedOn");
		}
		return new StatePosition(process, this.topic, this.holder == null ? "" : this.holder, this.stance, this.text,
				this.session, this.sourceKind == null ? SourceKind.OTHER : this.sourceKind, this.sourceReference,
				this.statedOn, this.published != null && this.published);
	}

}
