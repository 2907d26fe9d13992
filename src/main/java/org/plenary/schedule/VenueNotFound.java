package org.plenary.schedule;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No room has this id (404).
 */
public class VenueNotFound extends ErrorResponseException {

	public VenueNotFound(Object venue) {
		super(HttpStatus.NOT_FOUND, problem(venue), null);
	}

	private static ProblemDetail problem(Object venue) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no room %s.".formatted(venue));
		problem.setTitle("Room not found");
		return problem;
	}

}
