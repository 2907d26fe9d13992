package org.plenary.positions;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessId;
import org.plenary.system.InvalidInput;

/**
 * A position stated on a topic of a process by a delegation (its code) or a group (its
 * short name): a stance among the topic's, free text, the session, where it was said and
 * on which day, and whether it is published.
 */
public record StatePosition(ProcessId process, UUID topic, String holder, @Nullable UUID stance, @Nullable String text,
		int session, SourceKind sourceKind, @Nullable String sourceReference, LocalDate statedOn, boolean published) {

	public StatePosition {
		holder = holder.strip();
		text = text == null || text.isBlank() ? null : text.strip();
		sourceReference = sourceReference == null || sourceReference.isBlank() ? null : sourceReference.strip();
		if (holder.isEmpty()) {
			throw new InvalidInput("holder", "Say whose position this is: a delegation's code or a group's name.",
					"refusal.positions.sayWhosePosition");
		}
		if (stance == null && text == null) {
			throw new InvalidInput("stance", "Choose a stance or write the position.",
					"refusal.positions.stanceOrText");
		}
		if (text != null && text.length() > 4000) {
			throw new InvalidInput("text", "The position's text has at most 4,000 characters.",
					"refusal.positions.atMost4000");
		}
		if (sourceReference != null && sourceReference.length() > 300) {
			throw new InvalidInput("sourceReference", "The source's reference has at most 300 characters.",
					"refusal.positions.atMost300");
		}
		if (session < 1 || session > 200) {
			throw new InvalidInput("session", "Give the number of a session of the General Assembly, from 1 to 200.",
					"refusal.positions.sessionNumber");
		}
	}

}
