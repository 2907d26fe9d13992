package org.plenary.schedule;

import org.plenary.process.ProcessId;

/**
 * A meeting was cancelled. Published by {@link Programme#cancel}; a speakers list of the
 * meeting closes.
 */
public record MeetingCancelled(MeetingId meeting, ProcessId process, String reason) {
}
