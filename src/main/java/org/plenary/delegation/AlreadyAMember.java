package org.plenary.delegation;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * The delegation is a member of the group already (409).
 */
public class AlreadyAMember extends Refusal {

	public AlreadyAMember(String group, String delegation) {
		super(HttpStatus.CONFLICT, new Said("refusal.title.alreadyAMember", "Already a member"),
				new Said("refusal.delegation.alreadyAMember",
						"%s is a member of %s already.".formatted(delegation, group), delegation, group));
	}

}
