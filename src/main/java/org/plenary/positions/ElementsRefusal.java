package org.plenary.positions;

import org.plenary.system.Refusal;
import org.plenary.system.Said;
import org.springframework.http.HttpStatus;

/**
 * A refusal about the Elements document: no such revision or element (404), issued
 * already (409).
 */
public class ElementsRefusal extends Refusal {

	public ElementsRefusal(HttpStatus status, Said title, Said detail) {
		super(status, title, detail);
	}

}
