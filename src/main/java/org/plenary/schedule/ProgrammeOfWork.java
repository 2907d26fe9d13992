package org.plenary.schedule;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessView;
import org.plenary.process.SessionView;

/**
 * A process's meetings for a session, as published: the table of the seeds' letters.
 *
 * @param lastModified when a meeting of the process last changed, for caches and calendar
 * clients
 */
public record ProgrammeOfWork(ProcessView process, @Nullable SessionView session, List<MeetingView> meetings,
		@Nullable Instant lastModified) {
}
