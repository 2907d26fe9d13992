package org.plenary.process;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How the letters name those who lead a process: a Chair (seed 001), Co-Chairs (seeds
 * 000, 002), Co-facilitators (seed 004).
 */
public enum FacilitatorRole {

	CHAIR("Chair"), CO_CHAIR("Co-Chair"), FACILITATOR("Facilitator"), CO_FACILITATOR("Co-facilitator");

	private final String title;

	FacilitatorRole(String title) {
		this.title = title;
	}

	/** As the letters write it: "Co-Chair". */
	public String title() {
		return this.title;
	}

	/**
	 * The role a written title names, however a letter or a person writes it
	 * ("Co-Chairs", "co-chair", "Cofacilitator"); none for another title ("President of
	 * the General Assembly").
	 */
	public static Optional<FacilitatorRole> written(@Nullable String title) {
		if (title == null) {
			return Optional.empty();
		}
		var letters = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		var singular = letters.endsWith("s") ? letters.substring(0, letters.length() - 1) : letters;
		return Arrays.stream(values())
			.filter((role) -> role.title.toLowerCase(Locale.ROOT).replace("-", "").equals(singular))
			.findFirst();
	}

}
