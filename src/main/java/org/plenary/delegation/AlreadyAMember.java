package org.plenary.delegation;

import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * The delegation is a member of the group already (409).
 */
public class AlreadyAMember extends Refusal {

	public AlreadyAMember(String group, String delegation) {
		super(HttpStatus.CONFLICT, "Already a member", "%s is a member of %s already.".formatted(delegation, group));
	}

}
