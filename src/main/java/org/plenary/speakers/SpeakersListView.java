package org.plenary.speakers;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A meeting's speakers list as everyone sees it: whether it is open, its time limits, who
 * has the floor and the timer, the statements in speaking order and the replies after
 * them, and the points of order taken.
 */
public record SpeakersListView(UUID meeting, UUID process, ListStatus status, int limitSeconds, int groupLimitSeconds,
		int replyLimitSeconds, @Nullable InscriptionView current, TimerView timer, List<InscriptionView> statements,
		List<InscriptionView> replies, List<InscriptionView> pointsOfOrder) {

	/** Those still to speak, statements then replies, in order. */
	public List<InscriptionView> waiting() {
		return java.util.stream.Stream.concat(this.statements.stream(), this.replies.stream())
			.filter(InscriptionView::isWaiting)
			.toList();
	}

	/** The next speakers, for the room's screen. */
	public List<InscriptionView> next(int count) {
		return waiting().stream().limit(count).toList();
	}

}
