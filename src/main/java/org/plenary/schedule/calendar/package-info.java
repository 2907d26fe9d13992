/**
 * The programme of work as iCalendar: the feeds calendars subscribe to, and the
 * invitations (iTIP/iMIP) that the mail module sends.
 */
@NamedInterface("calendar")
@NullMarked
package org.plenary.schedule.calendar;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
