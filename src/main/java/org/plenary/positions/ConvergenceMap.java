package org.plenary.positions;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.RegionalGroup;
import org.plenary.delegation.SpeakerKind;

/**
 * A process's topics against the holders who stated a stance (delegations in their
 * regional groups, or groups of States), each topic with its stances, who holds each, and
 * its convergence index: the share of the largest stance among those who stated one (1
 * when all agree; nothing when nobody stated a stance), and its change from an earlier
 * session when one is asked for.
 */
public record ConvergenceMap(SpeakerKind holders, @Nullable Integer session, @Nullable Integer comparedWith,
		List<Holder> columns, List<TopicConvergence> topics) {

	public ConvergenceMap {
		columns = List.copyOf(columns);
		topics = List.copyOf(topics);
	}

	/** A column: a delegation (with its regional group) or a group. */
	public record Holder(String key, String name, @Nullable RegionalGroup regionalGroup) {
	}

	/** A topic's stances, the index and its change. */
	public record TopicConvergence(String topic, String title, List<StanceHolders> stances, int stated,
			@Nullable Double index, @Nullable Double earlierIndex, Map<String, Integer> cells) {

		public TopicConvergence {
			stances = List.copyOf(stances);
			cells = Map.copyOf(cells);
		}

		/** The index less the earlier session's, when both exist. */
		public @Nullable Double change() {
			return this.index == null || this.earlierIndex == null ? null : this.index - this.earlierIndex;
		}

	}

	/** A stance with the holders who state it (their keys), in the stance's order. */
	public record StanceHolders(String label, int ordinal, List<String> holders) {

		public StanceHolders {
			holders = List.copyOf(holders);
		}

	}

}
