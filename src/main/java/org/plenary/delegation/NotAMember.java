package org.plenary.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The delegation is not a member of the group (409): it cannot leave it or coordinate it.
 */
public class NotAMember extends ErrorResponseException {

	public NotAMember(String group, String delegation) {
		super(HttpStatus.CONFLICT, problem(group, delegation), null);
	}

	private static ProblemDetail problem(String group, String delegation) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"%s is not a member of %s.".formatted(delegation, group));
		problem.setTitle("Not a member");
		return problem;
	}

}
