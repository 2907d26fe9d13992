package org.plenary.correspondence;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.Refusal;

import org.springframework.http.HttpStatus;

/**
 * The file cannot be stored (409): it is stored already, the same letter is in the
 * archive, or it could not be read.
 */
public class AlreadyImported extends Refusal {

	public AlreadyImported(String reason, @Nullable UUID letter) {
		super(HttpStatus.CONFLICT, "Not stored", reason);
		if (letter != null) {
			with("letter", letter);
		}
	}

}
