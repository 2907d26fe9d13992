package org.plenary.process;

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

}
