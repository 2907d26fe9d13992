package org.plenary.speakers;

import java.time.Instant;
import java.util.UUID;

import org.plenary.schedule.MeetingId;

/**
 * A delegation's written statement: whose, at which meeting, from which file, its text,
 * and whether it is published (once the delegation has spoken).
 */
public record StatementView(UUID inscription, MeetingId meeting, String delegation, String speaker, String fileName,
		String text, Instant attachedAt, boolean published) {
}
