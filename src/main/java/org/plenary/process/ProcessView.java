package org.plenary.process;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A process as pages, the API and other modules see it: its mandate, topics, rules and
 * facilitators.
 */
public record ProcessView(ProcessId id, String slug, String shortName, String name, @Nullable String description,
		int interventionLimitSeconds, int noticeDays, List<MandateEntry> mandate, List<TopicView> topics,
		List<FacilitatorView> facilitators, long version) {

	/**
	 * Whether a letter names this process: its name or its short name, whatever the case.
	 */
	public boolean isNamed(String named) {
		return this.name.equalsIgnoreCase(named) || this.shortName.equalsIgnoreCase(named);
	}

	/** Facilitators grouped by session, the latest session first. */
	public List<SessionFacilitators> facilitatorsBySession() {
		Map<Integer, List<FacilitatorView>> bySession = this.facilitators.stream()
			.collect(Collectors.groupingBy(FacilitatorView::session,
					() -> new TreeMap<>(java.util.Comparator.reverseOrder()), Collectors.toList()));
		return bySession.entrySet()
			.stream()
			.map((e) -> new SessionFacilitators(e.getKey(), SessionView.ordinalOf(e.getKey()), e.getValue()))
			.toList();
	}

	/**
	 * The facilitators of one session, with the session's ordinal for headings ("72nd").
	 */
	public record SessionFacilitators(int session, String ordinal, List<FacilitatorView> facilitators) {
	}

	public List<FacilitatorView> facilitatorsOf(int session) {
		return this.facilitators.stream().filter((f) -> f.session() == session).toList();
	}

	/** The latest session with appointed facilitators, if any. */
	public @Nullable Integer latestSession() {
		return this.facilitators.stream().map(FacilitatorView::session).max(Integer::compare).orElse(null);
	}

}
