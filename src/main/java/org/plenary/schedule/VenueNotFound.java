package org.plenary.schedule;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * No room has this id (404).
 */
public class VenueNotFound extends Refusal {

	public VenueNotFound(Object venue) {
		super(HttpStatus.NOT_FOUND, "Room not found", "There is no room %s.".formatted(venue));
	}

}
