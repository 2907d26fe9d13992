package org.plenary.delegation;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * No group of States has this id or short name (404).
 */
public class GroupNotFound extends Refusal {

	public GroupNotFound(Object group) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.groupNotFound", "Group not found"),
				new Said("refusal.delegation.noSuchGroup", "There is no group of States %s.".formatted(group), group));
	}

}
