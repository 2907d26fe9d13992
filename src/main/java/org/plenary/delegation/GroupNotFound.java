package org.plenary.delegation;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * No group of States has this id or short name (404).
 */
public class GroupNotFound extends Refusal {

	public GroupNotFound(Object group) {
		super(HttpStatus.NOT_FOUND, "Group not found", "There is no group of States %s.".formatted(group));
	}

}
