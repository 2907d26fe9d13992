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
 * @param sessions the sessions to choose from, the latest first: the register's, and
 * those the process's meetings fall in that the register does not hold yet
 */
public record ProgrammeOfWork(ProcessView process, @Nullable SessionView session, List<MeetingView> meetings,
		@Nullable Instant lastModified, List<SessionView> sessions) {
}
