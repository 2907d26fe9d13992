package org.plenary.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a revision from plain text (or the text of a Word file): a short line without
 * final punctuation is the heading of a part; "12. …" an operative paragraph; "(a) …" a
 * sub-paragraph; other paragraphs are preambular in a part called a preamble, unnumbered
 * elsewhere. The numbers in the file are dropped: Plenary numbers the text itself.
 */
final class TextImport {

	private static final Pattern OPERATIVE = Pattern.compile("^(?:OP\\s*)?\\d{1,3}\\s*[.)]\\s+(.*)$", Pattern.DOTALL);

	private static final Pattern PREAMBULAR = Pattern.compile("^PP\\s*\\d{1,3}\\s*[.)]?\\s+(.*)$", Pattern.DOTALL);

	private static final Pattern SUB = Pattern.compile("^\\(([a-z]{1,3})\\)\\s+(.*)$", Pattern.DOTALL);

	record Read(String part, ParagraphKind kind, String text) {
	}

	private TextImport() {
	}

	static List<Read> read(String plain) {
		var paragraphs = new ArrayList<Read>();
		String part = "Text";
		for (var raw : plain.replace("\r\n", "\n").split("\n")) {
			var line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			var preambular = PREAMBULAR.matcher(line);
			var operative = OPERATIVE.matcher(line);
			var sub = SUB.matcher(line);
			if (preambular.matches()) {
				paragraphs.add(new Read(part, ParagraphKind.PREAMBULAR, preambular.group(1).strip()));
			}
			else if (operative.matches()) {
				paragraphs.add(new Read(part, ParagraphKind.OPERATIVE, operative.group(1).strip()));
			}
			else if (sub.matches()) {
				paragraphs.add(new Read(part, ParagraphKind.SUBPARAGRAPH, sub.group(2).strip()));
			}
			else if (isHeading(line)) {
				part = line;
			}
			else {
				paragraphs.add(new Read(part,
						part.toLowerCase().contains("preamble") ? ParagraphKind.PREAMBULAR : ParagraphKind.UNNUMBERED,
						line));
			}
		}
		return paragraphs;
	}

	private static boolean isHeading(String line) {
		char last = line.charAt(line.length() - 1);
		return line.length() <= 150 && ".;:,。；：，،؛".indexOf(last) < 0 && !Character.isLowerCase(line.charAt(0));
	}

}
