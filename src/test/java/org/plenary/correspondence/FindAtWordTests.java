package org.plenary.correspondence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor looks for its word patterns only where a word starts, and only at the
 * letters they can start with: it must find exactly what
 * {@link java.util.regex.Matcher#find()} finds, on the seeds' sentences and on mutated
 * ones.
 */
class FindAtWordTests {

	static final List<Pattern> WORD_PATTERNS = List.of(LetterExtractor.FUTURE, LetterExtractor.PAST,
			LetterExtractor.MEETING_WORD, LetterExtractor.FORMAT, LetterExtractor.SERIES, LetterExtractor.TOPIC,
			LetterExtractor.PROVISIONAL, LetterExtractor.CO_CHAIR, LetterExtractor.CO_FACILITATOR,
			LetterExtractor.FACILITATOR, LetterExtractor.THE_CHAIRS, LetterExtractor.AS_CHAIR,
			LetterExtractor.PRESIDENT, LetterExtractor.CAPACITY_CO_CHAIRS, LetterExtractor.TRANSMITS,
			LetterExtractor.NO_LONGER, LetterExtractor.NOT_A_MEETING, LetterExtractor.PROCESS_ON,
			LetterExtractor.STARTS, LetterExtractor.NO_LONGER_WORDS, LetterExtractor.THOSE_DAYS,
			LetterExtractor.ENCLOSES, LetterExtractor.HONOURED_PERSON, LetterExtractor.NAMED_PAIR,
			LetterExtractor.WROTE, LetterExtractor.AS_THE_CHAIRS, LetterExtractor.CHAIRS_NAMELY,
			LetterExtractor.THANKED);

	@Test
	void findsWhatAFullSearchFindsInEverySentenceOfTheSeedsAndInMutatedOnes() throws IOException {
		var random = new Random(20261126);
		var sentences = new ArrayList<String>();
		for (var name : List.of("000_7fe24c4cba9f33ed", "001_cfcaa1c9d0e21b1b", "002_c68e2c39948bf4b6",
				"003_5c0690904785c5d7", "004_262f4ecd4f5a0460")) {
			var text = new ClassPathResource("seeds/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
			for (var sentence : LetterExtractor.sentences(CleanText.of(text))) {
				sentences.add(LetterExtractor.lower(sentence));
				sentences.add(mutated(LetterExtractor.lower(sentence), random));
				sentences.add(sentence);
			}
		}
		// The forms the rules were widened for, which the seeds do not write.
		for (var sentence : List.of("The meeting will instead be held on 11 February 2031 at 3 p.m.",
				"The meeting that was scheduled for Monday, 9 February 2031 will now take place on Wednesday",
				"All meetings will take place in Conference Room 1, and the following on 4 February.",
				"Following the meeting held on 3 March, these meetings had been planned for 5 March.")) {
			sentences.add(LetterExtractor.lower(sentence));
			sentences.add(sentence);
		}
		assertThat(sentences).hasSizeGreaterThan(200);
		for (var pattern : WORD_PATTERNS) {
			for (var sentence : sentences) {
				var expected = pattern.matcher(sentence);
				var found = pattern.matcher(sentence);
				int from = 0;
				while (expected.find()) {
					assertThat(LetterExtractor.findAtWord(found, sentence, from)).as("%s in \"%s\"", pattern, sentence)
						.isTrue();
					assertThat(found.start()).as("%s in \"%s\"", pattern, sentence).isEqualTo(expected.start());
					assertThat(found.end()).isEqualTo(expected.end());
					from = Math.max(found.end(), found.start() + 1);
				}
				assertThat(LetterExtractor.findAtWord(found, sentence, from)).as("%s in \"%s\"", pattern, sentence)
					.isFalse();
			}
		}
	}

	@Test
	void readsTheFirstLettersOfAnAlternationAndGivesUpOnAnythingHarder() {
		var future = LetterExtractor.firstCharacters("\\b(?:will be held|to take place|(?<!be )held on)\\b");
		assertThat(mayStart(future, "wi")).isTrue();
		assertThat(mayStart(future, "Wi")).isTrue();
		assertThat(mayStart(future, "wa")).as("only the two letters an alternative starts with").isFalse();
		assertThat(mayStart(future, "to")).isTrue();
		assertThat(mayStart(future, "he")).as("after the lookbehind").isTrue();
		assertThat(mayStart(future, "xe")).isFalse();
		assertThat(mayStart(LetterExtractor.firstCharacters("\\b(?:first )?meeting"), "xy")).as("an optional group")
			.isTrue();
		assertThat(mayStart(LetterExtractor.firstCharacters("[a-z]+ held"), "xy")).isTrue();
		assertThat(mayStart(LetterExtractor.firstCharacters("\\b(?:a?b|c)"), "bx")).as("an optional first letter")
			.isTrue();
		assertThat(mayStart(LetterExtractor.firstCharacters("\\bco-?chairs?\\b"), "co")).isTrue();
		assertThat(mayStart(LetterExtractor.firstCharacters("\\bco-?chairs?\\b"), "Co")).isTrue();
		assertThat(mayStart(LetterExtractor.firstCharacters("\\bco-?chairs?\\b"), "cx"))
			.as("only the two letters it starts with")
			.isFalse();
		assertThat(mayStart(LetterExtractor.firstCharacters("\\bco-?chairs?\\b"), "to")).isFalse();
		assertThat(mayStart(LetterExtractor.firstCharacters("\\bc?o"), "ox")).as("an optional first letter").isTrue();
		var name = LetterExtractor.firstCharacters("(\\p{Lu}[\\p{L}'-]*), Permanent Representative");
		assertThat(mayStart(name, "An")).as("a name starts with a capital").isTrue();
		assertThat(mayStart(name, "an")).isFalse();
		assertThat(LetterExtractor.findsAtWord(Pattern.compile("(\\p{Lu}\\p{L}*), Permanent"),
				"a letter from Ana, Permanent Representative"))
			.isTrue();
		assertThat(mayStart(LetterExtractor.firstCharacters("\\b(?:c[ao]|d\\s)"), "cx")).as("a class after the first")
			.isTrue();
	}

	@Test
	void readsTheWordsEachAlternativeIsWrittenOutWithAndLooksForThemInAnyCase() {
		var future = LetterExtractor
			.literalStarts("\\b(?:will be held|meetings?|(?:originally|formerly) scheduled|(?<!be )held on)\\b");
		assertThat(startsALiteral(future, "The meeting will be held on", 12)).as("will be held").isTrue();
		assertThat(startsALiteral(future, "the meetings", 4)).as("meeting, the s optional").isTrue();
		assertThat(startsALiteral(future, "the MEETING", 4)).as("in capitals").isTrue();
		assertThat(startsALiteral(future, "it was originally planned", 7)).as("inside a first group").isTrue();
		assertThat(startsALiteral(future, "it was held on", 7)).as("after the lookbehind").isTrue();
		assertThat(startsALiteral(future, "it will begin", 3)).as("will, but not will be held").isFalse();
		assertThat(startsALiteral(future, "the meet", 4)).as("cut short").isFalse();
		assertThat(startsALiteral(future, "the m\u00e9eting", 4)).as("beyond ASCII: left to the pattern").isTrue();
		assertThat(LetterExtractor.literalStarts("\\bthe chairs\\b")).isNotNull();
		assertThat(startsALiteral(LetterExtractor.literalStarts("\\bas (?:the )?co-?chairs"), "as co-chairs", 0))
			.isTrue();
		assertThat(startsALiteral(LetterExtractor.literalStarts("\\b(?:a?b|c)"), "bx", 0))
			.as("an optional first letter")
			.isTrue();
		assertThat(startsALiteral(LetterExtractor.literalStarts("\\bco-?chairs?"), "cochair", 0)).isTrue();
		assertThat(startsALiteral(LetterExtractor.literalStarts("\\bco-?chairs?"), "co-chair", 0)).isTrue();
		assertThat(startsALiteral(LetterExtractor.literalStarts("\\bco-?chairs?"), "co-ordinate", 0)).isFalse();
		assertThat(startsALiteral(LetterExtractor.literalStarts("(?i:co-?chairs|ambassadors)\\s+"), "Ambassadors", 0))
			.isTrue();
		assertThat(LetterExtractor.literalStarts("\\b(?:first )?meeting")).as("an optional group").isNull();
		assertThat(LetterExtractor.literalStarts("\\b(?:\\d+ May|June)")).as("a class first").isNull();
		assertThat(LetterExtractor.literalStarts("\\bab|cd")).as("an alternation outside a group").isNull();
		assertThat(LetterExtractor.literalStarts("[a-z]+ held")).isNull();
	}

	private static boolean startsALiteral(String[][] literals, String text, int at) {
		return LetterExtractor.startsALiteral(literals, text, at);
	}

	private static boolean mayStart(boolean[] starts, String two) {
		return LetterExtractor.mayStart(starts, two.charAt(0), two.charAt(1));
	}

	/** Words dropped, doubled and swapped, punctuation and capitals thrown in. */
	private static String mutated(String sentence, Random random) {
		var words = new ArrayList<>(List.of(sentence.split(" ")));
		for (int i = 0; i < 4 && words.size() > 2; i++) {
			int at = random.nextInt(words.size());
			switch (random.nextInt(4)) {
				case 0 -> words.remove(at);
				case 1 -> words.add(at, words.get(random.nextInt(words.size())));
				case 2 -> words.set(at, words.get(at).toUpperCase());
				default -> words.set(at, "(" + words.get(at) + ",");
			}
		}
		return String.join(" ", words);
	}

}
