package org.plenary.system;

import org.springframework.http.HttpStatus;

/**
 * A person sent a document to read while already as many of theirs were being read as one
 * person may have at once (429): reading a document holds a thread and memory, so one
 * person cannot occupy them all.
 */
public class TooManyReadings extends Refusal {

	public TooManyReadings(int atOnce) {
		super(HttpStatus.TOO_MANY_REQUESTS, new Said("refusal.title.tooManyDocuments", "Too many documents at once"),
				new Said("refusal.system.tooManyReadings",
						"%d of your documents are being read already: send this one again when they are done."
							.formatted(atOnce),
						atOnce));
		getHeaders().set("Retry-After", "5");
	}

}
