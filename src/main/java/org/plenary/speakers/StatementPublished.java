package org.plenary.speakers;

import java.util.UUID;

import org.plenary.schedule.MeetingId;

/**
 * A delegation's written statement became public: its delegation has spoken, or attached
 * it after speaking. Published by {@link SpeakersLists}; search indexes its text.
 */
public record StatementPublished(MeetingId meeting, UUID inscription) {
}
