package org.plenary.system;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A State's or a group's name as each of the six languages says it: alone (a heading, a
 * list: Grupo de los 77 y China) and inside a sentence, with the article the language
 * puts before it there (el Grupo de los 77 y China, l’Union européenne, the Group of
 * Four). A refusal or a page's sentence takes it as an argument of a {@link Said}, which
 * writes it in the page's language and joins its article to the preposition before it as
 * Spanish and French require (del Grupo, du Groupe, au Groupe, des pays), wherever the
 * translation puts it. The names come from the register's module
 * ({@code delegation.StateNames}); a language without a form of its own says the English.
 */
public record ProperName(String english, Map<Language, String> alone,
		Map<Language, String> inSentence) implements Serializable {

	/**
	 * Marks where a name said in a sentence begins, until {@link #joinArticles} has
	 * looked at the word before it (a character no text of Plenary's carries: invisible
	 * separator).
	 */
	static final String MARK = "\u2063";

	public ProperName {
		alone = Map.copyOf(alone);
		inSentence = Map.copyOf(inSentence);
	}

	/**
	 * A name that every language writes alike in every place (a code, a name not
	 * translated).
	 */
	public static ProperName asIs(String name) {
		var same = new EnumMap<Language, String>(Language.class);
		for (var language : Language.values()) {
			same.put(language, name);
		}
		return new ProperName(name, same, same);
	}

	/** The name alone, in this language. */
	public String in(Language language) {
		return this.alone.getOrDefault(language, this.english);
	}

	/** The name inside a sentence of this language, with its article if it takes one. */
	public String inSentence(Language language) {
		return this.inSentence.getOrDefault(language, in(language));
	}

	/**
	 * A sentence whose names were marked: each article joined to the preposition before
	 * it (Spanish de el → del, a el → al; French de le → du, de les → des, à le → au, à
	 * les → aux), a name that opens the sentence capitalised, and the marks taken out.
	 */
	static String joinArticles(Language language, String sentence) {
		if (!sentence.contains(MARK)) {
			return sentence;
		}
		var joined = sentence;
		if (language == Language.SPANISH) {
			joined = SPANISH_DE_EL.matcher(joined).replaceAll("$1l ");
		}
		else if (language == Language.FRENCH) {
			joined = FRENCH_DE_LE.matcher(joined).replaceAll("$1u ");
			joined = FRENCH_DE_LES.matcher(joined).replaceAll("$1es ");
			joined = FRENCH_A_LE.matcher(joined).replaceAll((found) -> found.group(1).equals("À") ? "Au " : "au ");
			joined = FRENCH_A_LES.matcher(joined).replaceAll((found) -> found.group(1).equals("À") ? "Aux " : "aux ");
		}
		joined = OPENING.matcher(joined)
			.replaceAll((found) -> Matcher
				.quoteReplacement(found.group(1) + found.group(2).toUpperCase(language.locale())));
		return joined.replace(MARK, "");
	}

	private static final Pattern SPANISH_DE_EL = Pattern.compile("(?<!\\p{L})([Dd]e|[Aa]) " + MARK + "el ");

	private static final Pattern FRENCH_DE_LE = Pattern.compile("(?<!\\p{L})([Dd])e " + MARK + "le ");

	private static final Pattern FRENCH_DE_LES = Pattern.compile("(?<!\\p{L})([Dd])e " + MARK + "les ");

	private static final Pattern FRENCH_A_LE = Pattern.compile("(?<!\\p{L})([àÀ]) " + MARK + "le ");

	private static final Pattern FRENCH_A_LES = Pattern.compile("(?<!\\p{L})([àÀ]) " + MARK + "les ");

	/**
	 * A name at the start of the sentence, or after a full stop, keeps no small letter.
	 */
	private static final Pattern OPENING = Pattern.compile("(^[\\u2068]?|[.!?] [\\u2068]?)" + MARK + "(\\p{Ll})");

	@Override
	public String toString() {
		return this.english;
	}

}
