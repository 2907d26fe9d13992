package org.plenary.correspondence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The words the extractor keys on, as the OCR of a poor scan misreads them: "m" read as
 * "in", "rn", "ni", "n~" or "il~" ("Ainbassador", "Deceinber", "rneeting", "Inforn~al"),
 * "h" as "li" ("tlie"), "k" as "lt" or "lc" ("Paltistan"), "d" as "cl", "u" as "ii" or
 * "~i", "H" as "I-l", "r" as "i" ("Februaiy"). A word is repaired only when it is not
 * itself a word of the lexicon and at most two such readings turn it into one: the months
 * and weekdays, the words of meetings, rooms, titles, institutions and closings, and the
 * names of States. Other words, and names of people, are left as the scan has them.
 */
final class OcrWords {

	/** What OCR wrote, and what the page had. */
	private static final String[][] MISREADINGS = { { "in", "m" }, { "rn", "m" }, { "ni", "m" }, { "n~", "m" },
			{ "~n", "m" }, { "il~", "m" }, { "li", "h" }, { "lt", "k" }, { "lc", "k" }, { "cl", "d" }, { "ii", "u" },
			{ "~i", "u" }, { "i-l", "h" }, { "i", "r" } };

	private static final int MOST_READINGS = 2;

	private static final List<String> DOMAIN = List.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "ambassador", "ambassadors", "assembly", "general", "member", "members",
			"meeting", "meetings", "morning", "afternoon", "informal", "formal", "plenary", "permanent",
			"representative", "representatives", "mission", "missions", "chamber", "conference", "room", "committee",
			"chair", "chairs", "chairman", "chairperson", "co-chair", "co-chairs", "facilitator", "facilitators",
			"co-facilitator", "co-facilitators", "president", "presidency", "excellency", "his", "her", "summit",
			"secretariat", "secretary", "secretary-general", "council", "security", "trusteeship", "economic", "social",
			"session", "sessions", "programme", "program", "negotiations", "intergovernmental", "consultation",
			"consultations", "hall", "headquarters", "building", "basement", "united", "nations", "the", "them", "then",
			"this", "that", "which", "with", "will", "held", "from", "time", "until", "document", "mandate", "mandates",
			"month", "months", "madam", "minister", "highest", "consideration", "assurances", "sincerely", "colleague",
			"colleagues", "dear", "honour", "honor", "transmit", "herewith", "attached", "letter", "letters",
			"resolution", "resolutions", "decision", "decisions", "draft", "revision", "revised", "elements",
			"framework", "commonality", "convene", "convened", "reform", "review", "thematic", "debate", "dialogue",
			"briefing", "meet", "named", "namely", "designated", "appointed", "members");

	/** Each misreading of a word of the lexicon, and the word. */
	private static final Map<String, String> MISREAD = misreadings();

	private static final int HASH_BITS = 1 << 18;

	/**
	 * The lowered hash codes of the misreadings, as bits: a word whose bit is clear is no
	 * misreading, found without a string made for it.
	 */
	private static final long[] MISREAD_HASHES = hashes();

	private OcrWords() {
	}

	private static Map<String, String> misreadings() {
		var words = new HashSet<>(DOMAIN);
		for (var name : CountryNames.fromRegister().all()) {
			for (var word : name.toLowerCase(Locale.ROOT).split("[\\s,()]+")) {
				if (word.length() >= 4) {
					words.add(word);
				}
			}
		}
		var misread = new HashMap<String, String>();
		for (var word : words) {
			misread(word, word, 0, MOST_READINGS, misread);
		}
		misread.keySet().removeAll(words);
		return Map.copyOf(misread);
	}

	private static long[] hashes() {
		var bits = new long[HASH_BITS / 64];
		for (var misreading : MISREAD.keySet()) {
			int bit = spread(misreading.hashCode());
			bits[bit >>> 6] |= 1L << bit;
		}
		return bits;
	}

	private static int spread(int hash) {
		return (hash ^ (hash >>> 16)) & (HASH_BITS - 1);
	}

	/** Every way OCR may have written {@code word}, at most {@code readings} times. */
	private static void misread(String word, String written, int from, int readings, Map<String, String> misread) {
		if (readings == 0) {
			return;
		}
		for (var misreading : MISREADINGS) {
			var page = misreading[1];
			for (int at = written.indexOf(page, from); at >= 0; at = written.indexOf(page, at + 1)) {
				var ocr = written.substring(0, at) + misreading[0] + written.substring(at + page.length());
				misread.putIfAbsent(ocr, word);
				misread(word, ocr, at + misreading[0].length(), readings - 1, misread);
			}
		}
	}

	/** The text with the lexicon's words read back where OCR misread them. */
	static String repair(String text) {
		StringBuilder out = null;
		int copied = 0;
		int i = 0;
		int length = text.length();
		while (i < length) {
			if (!isWordChar(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			int hash = 0;
			// The word's hash in lower case, as its lowered string would have it; the
			// ASCII characters from a table (most of them).
			for (; i < length; i++) {
				char c = text.charAt(i);
				int lowered;
				if (c < 128) {
					lowered = ASCII_WORD_LOWER[c];
					if (lowered == 0) {
						if (c != '-' || i + 1 >= length || !Character.isLetter(text.charAt(i + 1))) {
							break;
						}
						lowered = c;
					}
				}
				else if (Character.isLetter(c)) {
					lowered = Character.toLowerCase(c);
				}
				else {
					break;
				}
				hash = 31 * hash + lowered;
			}
			int bit = spread(hash);
			if ((MISREAD_HASHES[bit >>> 6] & (1L << bit)) == 0) {
				continue;
			}
			var repaired = repairWord(text.substring(start, i));
			if (repaired != null) {
				if (out == null) {
					out = new StringBuilder(length);
				}
				out.append(text, copied, start).append(repaired);
				copied = i;
			}
		}
		if (out == null) {
			return text;
		}
		return out.append(text, copied, length).toString();
	}

	private static boolean isWordChar(char c) {
		return c < 128 ? ASCII_WORD_LOWER[c] != 0 : Character.isLetter(c);
	}

	/**
	 * Each ASCII character of a word (a letter, or "~" that OCR reads for one) in lower
	 * case; 0 for the others.
	 */
	private static final char[] ASCII_WORD_LOWER = new char[128];

	static {
		for (char c = 0; c < 128; c++) {
			boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '~';
			ASCII_WORD_LOWER[c] = word ? Character.toLowerCase(c) : 0;
		}
	}

	/** The lexicon's word this one is a misreading of, in its case, or null. */
	static @Nullable String repairWord(String word) {
		if (word.length() < 3) {
			return null;
		}
		var found = MISREAD.get(word.toLowerCase(Locale.ROOT));
		return found == null ? null : inCaseOf(word, found);
	}

	private static String inCaseOf(String written, String word) {
		if (written.length() > 1 && written.equals(written.toUpperCase(Locale.ROOT))) {
			return word.toUpperCase(Locale.ROOT);
		}
		if (Character.isUpperCase(written.charAt(0))) {
			return Character.toUpperCase(word.charAt(0)) + word.substring(1);
		}
		return word;
	}

}
