package org.plenary.schedule;

import org.plenary.process.ProcessId;

/**
 * A meeting's time, room, topics or status changed. Published by {@link Programme};
 * listeners update what they show of it.
 */
public record MeetingChanged(MeetingId meeting, ProcessId process, String summary) {
}
