package org.plenary.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * Who signs: "Jürg Lauber", "Ambassador and Permanent Representative of Switzerland to
 * the United Nations", "Co-facilitator".
 */
@Embeddable
public record Signatory(@Column(name = "person_name") String name, @Nullable String title, @Nullable String role) {

	public Signatory {
		if (name.isBlank()) {
			throw new IllegalArgumentException("A signatory has a name.");
		}
	}

}
