package org.plenary.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessId;

/**
 * The meetings a letter announces, as its reader found them, for the programme to take:
 * the room as the letter writes it, the topic in the letter's words. The programme
 * applies its own rules (see {@link Programme#announce}).
 *
 * @param source what announced them ("Letter of 14 January 2031"), noted on each new
 * meeting
 */
public record AnnounceMeetings(ProcessId process, String source, List<Announced> meetings) {

	public AnnounceMeetings {
		meetings = List.copyOf(meetings);
	}

	/**
	 * One meeting as a letter announces it, with where it stands as the letter says:
	 * provisional (the default), confirmed, held, postponed or cancelled.
	 */
	public record Announced(LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end, @Nullable String format,
			@Nullable String venue, @Nullable String topic, MeetingStatus status) {

		public Announced {
			if (status == null) {
				status = MeetingStatus.PROVISIONAL;
			}
		}

		/** A meeting the letter announces as it would any: provisional. */
		public Announced(LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end, @Nullable String format,
				@Nullable String venue, @Nullable String topic) {
			this(date, start, end, format, venue, topic, MeetingStatus.PROVISIONAL);
		}

	}

}
