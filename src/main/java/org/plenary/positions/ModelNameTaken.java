package org.plenary.positions;

import org.plenary.system.Refusal;
import org.plenary.system.Said;
import org.springframework.http.HttpStatus;

/** A process has a model of that name already (409): revise it instead. */
public class ModelNameTaken extends Refusal {

	public ModelNameTaken(String name, String process) {
		super(HttpStatus.CONFLICT, new Said("refusal.title.modelExists", "Model exists"),
				new Said("refusal.positions.modelNameTaken",
						"%s has a model named \"%s\" already; add a revision to it instead.".formatted(process, name),
						process, name));
	}

}
