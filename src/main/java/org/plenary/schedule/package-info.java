/**
 * The programme of work: venues at Headquarters, the meetings of each process with their
 * conflict checks, the daily journal, calendar feeds (iCalendar) and the printed
 * programme (PDF, DOCX). Publishes {@link org.plenary.schedule.MeetingScheduled},
 * {@link org.plenary.schedule.MeetingChanged} and
 * {@link org.plenary.schedule.MeetingCancelled}.
 */
@ApplicationModule(allowedDependencies = { "process", "delegation", "identity", "system" })
@NullMarked
package org.plenary.schedule;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
