package org.plenary.schedule;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * No room has this id (404).
 */
public class VenueNotFound extends Refusal {

	public VenueNotFound(Object venue) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.roomNotFound", "Room not found"),
				new Said("refusal.schedule.noSuchRoom", "There is no room %s.".formatted(venue), venue));
	}

}
