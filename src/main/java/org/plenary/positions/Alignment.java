package org.plenary.positions;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How far a delegation's stances agree with each group it belongs to, on a process's
 * topics: for each group, the topics on which both stated a stance, how many are the
 * same, and the share — explained topic by topic.
 */
public record Alignment(String delegation, String delegationName, List<GroupAgreement> groups) {

	public Alignment {
		groups = List.copyOf(groups);
	}

	/**
	 * Agreement with one group: {@code agreed} of {@code compared} topics; the share is
	 * nothing when they never both stated a stance.
	 */
	public record GroupAgreement(String group, String groupName, int agreed, int compared, @Nullable Double share,
			List<TopicComparison> topics) {

		public GroupAgreement {
			topics = List.copyOf(topics);
		}

	}

	/** One topic: the delegation's stance, the group's, and whether they are the same. */
	public record TopicComparison(String topic, @Nullable String delegationStance, @Nullable String groupStance,
			boolean same) {
	}

}
