package org.plenary.speakers;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A process's rules for its speakers lists, which each list starts from: the speaking
 * order and the time limits of groups and replies.
 */
@Entity
@Table(name = "speakers_rules")
class SpeakersRules {

	@Id
	@Column(name = "process_id")
	private UUID processId;

	@Enumerated(EnumType.STRING)
	@Column(name = "speaking_order", nullable = false)
	private SpeakingOrder order;

	@Column(name = "group_limit_seconds", nullable = false)
	private int groupLimitSeconds;

	@Column(name = "reply_limit_seconds", nullable = false)
	private int replyLimitSeconds;

	@Version
	private long version;

	@SuppressWarnings("NullAway.Init")
	protected SpeakersRules() {
	}

	SpeakersRules(UUID processId) {
		this.processId = processId;
		this.order = SpeakingOrder.GROUPS_FIRST;
		this.groupLimitSeconds = SpeakersLists.GROUP_LIMIT_SECONDS;
		this.replyLimitSeconds = SpeakersLists.REPLY_LIMIT_SECONDS;
	}

	void change(SpeakingOrder order, int groupLimitSeconds, int replyLimitSeconds) {
		this.order = order;
		this.groupLimitSeconds = groupLimitSeconds;
		this.replyLimitSeconds = replyLimitSeconds;
	}

	SpeakingOrder order() {
		return this.order;
	}

	int groupLimitSeconds() {
		return this.groupLimitSeconds;
	}

	int replyLimitSeconds() {
		return this.replyLimitSeconds;
	}

	SpeakersRulesView toView() {
		return new SpeakersRulesView(this.processId, this.order, this.groupLimitSeconds, this.replyLimitSeconds);
	}

}
