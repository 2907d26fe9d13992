package org.plenary.speakers;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * What a speakers list refuses, with the reason a person reads: the list is closed, the
 * delegation is on it already, there is nobody to give the floor to (409), or a
 * delegation speaks for a group it is not a member of (403).
 */
public class SpeakersRefusal extends Refusal {

	SpeakersRefusal(HttpStatus status, String title, String reason) {
		super(status, title, reason);
	}

	static SpeakersRefusal conflict(String reason) {
		return new SpeakersRefusal(HttpStatus.CONFLICT, "Not possible on this list now", reason);
	}

	static SpeakersRefusal notAMember(String delegation, String group) {
		return new SpeakersRefusal(HttpStatus.FORBIDDEN, "Not a member of the group",
				"%s is not a member of %s and cannot speak on its behalf.".formatted(delegation, group));
	}

	static SpeakersRefusal notTheCoordinator(String delegation, String group, String coordinator) {
		return new SpeakersRefusal(HttpStatus.FORBIDDEN, "Not the group's coordinator",
				"%s speaks on behalf of %s as its coordinator; %s cannot.".formatted(coordinator, group, delegation));
	}

	static SpeakersRefusal noInscription(Object inscription) {
		return new SpeakersRefusal(HttpStatus.NOT_FOUND, "Inscription not found",
				"There is no inscription %s on this list.".formatted(inscription));
	}

	static SpeakersRefusal noList(Object meeting) {
		return new SpeakersRefusal(HttpStatus.NOT_FOUND, "No speakers list",
				"The secretariat has not opened a speakers list for meeting %s yet.".formatted(meeting));
	}

}
