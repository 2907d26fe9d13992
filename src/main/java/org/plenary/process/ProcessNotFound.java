package org.plenary.process;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * No process has this id or slug (404).
 */
public class ProcessNotFound extends Refusal {

	public ProcessNotFound(Object subject) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.processNotFound", "Process not found"),
				new Said("refusal.process.noSuchProcess", "There is no process %s.".formatted(subject), subject));
	}

}
