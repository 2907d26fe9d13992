package org.plenary.speakers;

import java.util.UUID;

/** A process's rules for its speakers lists. */
public record SpeakersRulesView(UUID process, SpeakingOrder order, int groupLimitSeconds, int replyLimitSeconds) {
}
