package org.plenary.text;

/**
 * Puts words in the place of a span of a paragraph (nothing, for a deletion; the same
 * place, for an insertion), with one space between words and none before punctuation.
 */
final class TextEdit {

	private TextEdit() {
	}

	static String apply(String text, int start, int end, String replacement) {
		var left = text.substring(0, start).stripTrailing();
		var right = text.substring(end).stripLeading();
		var middle = replacement.strip();
		var joined = new StringBuilder(left);
		if (!middle.isEmpty()) {
			if (!joined.isEmpty() && !startsWithPunctuation(middle)) {
				joined.append(' ');
			}
			joined.append(middle);
		}
		if (!right.isEmpty()) {
			if (!joined.isEmpty() && !startsWithPunctuation(right)) {
				joined.append(' ');
			}
			joined.append(right);
		}
		return joined.toString().replaceAll("\\s{2,}", " ").strip();
	}

	private static boolean startsWithPunctuation(String text) {
		return ",.;:)".indexOf(text.charAt(0)) >= 0;
	}

}
