package org.plenary.delegation;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The delegation is a member of the group already (409).
 */
public class AlreadyAMember extends ErrorResponseException {

	public AlreadyAMember(String group, String delegation) {
		super(HttpStatus.CONFLICT, problem(group, delegation), null);
	}

	private static ProblemDetail problem(String group, String delegation) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"%s is a member of %s already.".formatted(delegation, group));
		problem.setTitle("Already a member");
		return problem;
	}

}
