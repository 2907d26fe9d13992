package org.plenary.delegation;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * The delegation is not a member of the group (409): it cannot leave it or coordinate it.
 */
public class NotAMember extends Refusal {

	public NotAMember(String group, String delegation) {
		super(HttpStatus.CONFLICT, new Said("refusal.title.notAMember", "Not a member"),
				new Said("refusal.delegation.notAMember", "%s is not a member of %s.".formatted(delegation, group),
						delegation, group));
	}

}
