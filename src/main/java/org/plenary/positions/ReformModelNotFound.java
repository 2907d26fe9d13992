package org.plenary.positions;

import org.plenary.system.Refusal;
import org.plenary.system.Said;
import org.springframework.http.HttpStatus;

/** No such model, or no such revision of it (404). */
public class ReformModelNotFound extends Refusal {

	public ReformModelNotFound(String what) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.modelNotFound", "Model not found"),
				new Said("refusal.positions.noSuchModel", "There is no model %s.".formatted(what), what));
	}

}
