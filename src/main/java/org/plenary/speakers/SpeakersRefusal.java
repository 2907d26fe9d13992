package org.plenary.speakers;

import org.plenary.system.ProperName;
import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * What a speakers list refuses, with the reason a person reads: the list is closed, the
 * delegation is on it already, there is nobody to give the floor to (409), or a
 * delegation speaks for a group it is not a member of (403).
 */
public class SpeakersRefusal extends Refusal {

	SpeakersRefusal(HttpStatus status, Said title, Said reason) {
		super(status, title, reason);
	}

	static SpeakersRefusal conflict(Said reason) {
		return new SpeakersRefusal(HttpStatus.CONFLICT,
				new Said("refusal.title.notPossibleOnThisList", "Not possible on this list now"), reason);
	}

	static SpeakersRefusal notAMember(ProperName delegation, ProperName group) {
		return new SpeakersRefusal(HttpStatus.FORBIDDEN,
				new Said("refusal.title.notAMemberOfTheGroup", "Not a member of the group"),
				new Said("refusal.speakers.notAMember",
						"%s is not a member of %s and cannot speak on its behalf.".formatted(delegation, group),
						delegation, group));
	}

	static SpeakersRefusal notTheCoordinator(ProperName delegation, ProperName group, ProperName coordinator) {
		return new SpeakersRefusal(HttpStatus.FORBIDDEN,
				new Said("refusal.title.notTheCoordinator", "Not the group's coordinator"),
				new Said("refusal.speakers.notTheCoordinator",
						"%s speaks on behalf of %s as its coordinator; %s cannot.".formatted(coordinator, group,
								delegation),
						coordinator, group, delegation));
	}

	static SpeakersRefusal noInscription(Object inscription) {
		return new SpeakersRefusal(HttpStatus.NOT_FOUND,
				new Said("refusal.title.inscriptionNotFound", "Inscription not found"),
				new Said("refusal.speakers.noInscription",
						"There is no inscription %s on this list.".formatted(inscription), inscription));
	}

	static SpeakersRefusal noList(Object meeting) {
		return new SpeakersRefusal(HttpStatus.NOT_FOUND, new Said("refusal.title.noSpeakersList", "No speakers list"),
				new Said("refusal.speakers.noList",
						"The secretariat has not opened a speakers list for meeting %s yet.".formatted(meeting),
						meeting));
	}

}
