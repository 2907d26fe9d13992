package org.plenary.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Numbers paragraphs the way the UN numbers a draft: preambular paragraphs PP1, PP2 …,
 * operative paragraphs 1., 2. … through the whole text, sub-paragraphs (a), (b) … under
 * the operative paragraph before them; unnumbered text has no number.
 */
final class Numbering {

	private Numbering() {
	}

	static List<RevisionView.Part> parts(List<Paragraph> paragraphs) {
		var parts = new LinkedHashMap<String, List<RevisionView.ParagraphView>>();
		int preambular = 0;
		int operative = 0;
		int sub = 0;
		for (var paragraph : paragraphs) {
			String number = switch (paragraph.kind()) {
				case PREAMBULAR -> "PP" + (++preambular);
				case OPERATIVE -> {
					sub = 0;
					yield (++operative) + ".";
				}
				case SUBPARAGRAPH -> "(" + letters(++sub) + ")";
				case UNNUMBERED -> "";
			};
			parts.computeIfAbsent(paragraph.part(), (p) -> new ArrayList<>())
				.add(new RevisionView.ParagraphView(paragraph.lineage(), paragraph.kind(), number, paragraph.text()));
		}
		return parts.entrySet().stream().map((e) -> new RevisionView.Part(e.getKey(), e.getValue())).toList();
	}

	/** a … z, then aa, bb …, as UN documents run on. */
	static String letters(int n) {
		char letter = (char) ('a' + (n - 1) % 26);
		return String.valueOf(letter).repeat((n - 1) / 26 + 1);
	}

}
