package org.plenary.schedule;

import java.util.List;

/**
 * What a save answers: the meetings as they now are, and the warnings of the conflict
 * check.
 */
public record Saved(List<MeetingView> meetings, List<Warning> warnings) {

	public MeetingView meeting() {
		return this.meetings.get(0);
	}

}
