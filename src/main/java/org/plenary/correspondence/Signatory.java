package org.plenary.correspondence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.plenary.system.InvalidValue;

import org.jspecify.annotations.Nullable;

/**
 * Who signs: "Jürg Lauber", "Ambassador and Permanent Representative of Switzerland to
 * the United Nations", "Co-facilitator", and the delegation they represent ("CHE") when
 * they sign as its representative; the President signs for none.
 */
@Embeddable
public record Signatory(@Column(name = "person_name") String name, @Nullable String title, @Nullable String role,
		@Nullable String delegation) {

	public Signatory {
		if (name.isBlank()) {
			throw new InvalidValue("A signatory has a name.", "refusal.correspondence.signatoryName");
		}
		if (delegation != null && delegation.isBlank()) {
			delegation = null;
		}
	}

	/**
	 * A signatory who signs for no delegation, or whose delegation the letter does not
	 * say.
	 */
	public Signatory(String name, @Nullable String title, @Nullable String role) {
		this(name, title, role, null);
	}

}
