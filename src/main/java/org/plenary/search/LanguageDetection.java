package org.plenary.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.plenary.system.Language;

/**
 * Tells the language of a text (a stored thing whose language is not known, or a query):
 * by its script first — Arabic, Chinese (Han) and Russian (Cyrillic) letters, a Han
 * character counting as three letters since it is often a word — and, for text in Latin
 * letters, by which of English, French and Spanish has the most of its common short words
 * ("the", "les", "los" …). Markup is not language: tags are left out before counting.
 * Undetermined when there are no letters, or when no stop word (or a tie) tells English,
 * French and Spanish apart.
 */
final class LanguageDetection {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

	private static final Map<Language, Set<String>> STOP_WORDS = Map.of(Language.ENGLISH,
			Set.of("the", "and", "of", "to", "is", "that", "with", "for", "on", "we", "this", "are", "be", "it", "as",
					"by", "which", "have", "has", "was", "will", "its", "our", "an", "or", "in", "from", "at", "not",
					"their", "all", "would", "should", "been", "these", "those"),
			Language.FRENCH,
			Set.of("le", "la", "les", "des", "du", "et", "est", "une", "un", "que", "qui", "dans", "pour", "pas", "au",
					"aux", "sur", "ce", "cette", "nous", "sont", "avec", "de", "d", "l", "il", "elle", "ces", "leur",
					"leurs", "ont", "être", "été", "par", "ou", "qu", "à"),
			Language.SPANISH,
			Set.of("el", "la", "los", "las", "del", "y", "es", "una", "un", "que", "en", "por", "para", "con", "se",
					"al", "lo", "su", "sus", "de", "como", "más", "este", "esta", "estos", "nuestro", "nuestra", "han",
					"ha", "sido", "o", "entre", "sobre"));

	private LanguageDetection() {
	}

	static Optional<Language> of(String text) {
		var plain = TAG.matcher(text).replaceAll(" ");
		int arabic = 0;
		int han = 0;
		int cyrillic = 0;
		int latin = 0;
		for (int i = 0; i < plain.length();) {
			int c = plain.codePointAt(i);
			i += Character.charCount(c);
			if (!Character.isLetter(c)) {
				continue;
			}
			switch (Character.UnicodeScript.of(c)) {
				case ARABIC -> arabic++;
				case HAN -> han += 3;
				case CYRILLIC -> cyrillic++;
				case LATIN -> latin++;
				default -> {
				}
			}
		}
		int most = Math.max(Math.max(arabic, han), Math.max(cyrillic, latin));
		if (most == 0) {
			return Optional.empty();
		}
		if (most != latin) {
			return Optional.of(most == arabic ? Language.ARABIC : most == han ? Language.CHINESE : Language.RUSSIAN);
		}
		var counts = new EnumMap<Language, Integer>(Language.class);
		for (var word : NOT_A_LETTER.split(plain.toLowerCase(java.util.Locale.ROOT))) {
			STOP_WORDS.forEach((language, words) -> {
				if (words.contains(word)) {
					counts.merge(language, 1, Integer::sum);
				}
			});
		}
		var best = counts.entrySet().stream().max(Map.Entry.comparingByValue());
		if (best.isEmpty()) {
			return Optional.empty();
		}
		int top = best.get().getValue();
		boolean tie = counts.values().stream().filter((count) -> count == top).count() > 1;
		return tie ? Optional.empty() : Optional.of(best.get().getKey());
	}

}
