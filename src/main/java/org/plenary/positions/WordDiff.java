package org.plenary.positions;

import java.util.List;

/** The Elements' word changes, from the system's word diff. */
final class WordDiff {

	private WordDiff() {
	}

	static List<ElementsComparison.Words> between(String before, String after) {
		return org.plenary.system.WordDiff.between(before, after)
			.stream()
			.map((run) -> new ElementsComparison.Words(ElementsComparison.WordChange.valueOf(run.change().name()),
					run.text()))
			.toList();
	}

}
