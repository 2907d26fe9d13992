package org.plenary.correspondence;

import org.plenary.system.Refusal;
import org.plenary.system.Said;

import org.springframework.http.HttpStatus;

/**
 * No such imported file or batch (404).
 */
public class ImportNotFound extends Refusal {

	public ImportNotFound(Object id) {
		super(HttpStatus.NOT_FOUND, new Said("refusal.title.importNotFound", "Import not found"), new Said(
				"refusal.correspondence.noSuchImport", "There is no imported file or batch %s.".formatted(id), id));
	}

}
