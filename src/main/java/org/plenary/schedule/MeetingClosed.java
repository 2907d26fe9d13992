package org.plenary.schedule;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * The meeting's status does not allow this (409): a held or cancelled meeting does not
 * change, only a provisional one is confirmed.
 */
public class MeetingClosed extends Refusal {

	/** What a meeting in such a status cannot do, as a message of the bundles. */
	public enum Action {

		CONFIRM("refusal.schedule.meetingClosed.confirm", "confirm"),

		MARK_AS_HELD("refusal.schedule.meetingClosed.markAsHeld", "mark as held"),

		CHANGE("refusal.schedule.meetingClosed.change", "change");

		private final String code;

		private final String english;

		Action(String code, String english) {
			this.code = code;
			this.english = english;
		}

	}

	/** A meeting's status as an adjective of "meeting", in each language. */
	private static final java.util.Map<MeetingStatus, String> STATUS_CODE = java.util.Map.of(MeetingStatus.PROVISIONAL,
			"refusal.schedule.meetingStatus.provisional", MeetingStatus.CONFIRMED,
			"refusal.schedule.meetingStatus.confirmed", MeetingStatus.HELD, "refusal.schedule.meetingStatus.held",
			MeetingStatus.POSTPONED, "refusal.schedule.meetingStatus.postponed", MeetingStatus.CANCELLED,
			"refusal.schedule.meetingStatus.cancelled");

	public MeetingClosed(MeetingId meeting, MeetingStatus status, Action action) {
		super(HttpStatus.CONFLICT, new Said("refusal.title.meetingClosed", "Meeting closed"),
				new Said(action.code, "A %s meeting cannot %s.".formatted(status.name().toLowerCase(), action.english),
						new Said(STATUS_CODE.get(status), status.name().toLowerCase())));
		with("meeting", meeting.value());
		with("status", status);
	}

}
