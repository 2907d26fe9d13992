package org.plenary.schedule;

import java.time.Instant;

/**
 * One change to a programme of work, as "what changed since the last letter" shows it.
 */
public record ChangeView(MeetingId meeting, Instant changedAt, String kind, String summary, String actor) {
}
