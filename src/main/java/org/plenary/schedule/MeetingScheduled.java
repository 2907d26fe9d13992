package org.plenary.schedule;

import org.plenary.process.ProcessId;

/**
 * A meeting was put on the programme of work. Published by {@link Programme#plan}.
 */
public record MeetingScheduled(MeetingId meeting, ProcessId process, Slot slot) {
}
