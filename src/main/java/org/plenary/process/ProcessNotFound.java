package org.plenary.process;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * No process has this id or slug (404).
 */
public class ProcessNotFound extends Refusal {

	public ProcessNotFound(Object subject) {
		super(HttpStatus.NOT_FOUND, "Process not found", "There is no process %s.".formatted(subject));
	}

}
