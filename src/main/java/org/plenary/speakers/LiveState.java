package org.plenary.speakers;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a live view receives at each change: who has the floor, the timer, the next
 * speakers and how many wait — small, because thousands of screens receive it. The whole
 * list is at {@code GET /api/meetings/{id}/speakers}.
 */
public record LiveState(UUID meeting, ListStatus status, @Nullable Speaker current, TimerView timer, List<String> next,
		int waiting) {

	/** The speaker as the room's screen names them. */
	public record Speaker(String delegation, String name, String speaker, InscriptionKind kind) {
	}

	static LiveState of(SpeakersListView list) {
		var current = list.current();
		return new LiveState(list.meeting(), list.status(),
				current == null ? null
						: new Speaker(current.delegation(), current.name(), current.speaker(), current.kind()),
				list.timer(), list.next(5).stream().map(InscriptionView::speaker).toList(), list.waiting().size());
	}

}
