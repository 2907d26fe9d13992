package org.plenary.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paragraphs followed from one revision to the next by their words: worked examples, and
 * generated revisions (seeded, so a failure repeats) with random edits, moves,
 * renumbering, deletions, insertions and splits.
 */
class LineageTests {

	@Test
	void aParagraphWithOneWordChangedAndMovedIsTheSameParagraph() {
		var earlier = List.of(
				candidate("Objective 1",
						"We commit to strengthen the global evidence base on international migration."),
				candidate("Objective 1", "We commit to share data in line with national legislation."),
				candidate("Objective 2", "We commit to create conducive political, economic and social conditions."));
		var later = List.of(
				candidate("Objective 2", "We commit to create conducive political, economic and social conditions."),
				candidate("Objective 1", "We commit to share data in line with international law."),
				candidate("Objective 1", "We commit to strengthen the global evidence base on migration."),
				candidate("Objective 1", "A paragraph nobody has seen before, about something else entirely."));

		assertThat(Lineage.match(earlier, later)).containsExactly(2, 1, 0, null);
	}

	@Test
	void aParagraphSplitInTwoContinuesInTheLargerPart() {
		var earlier = List.of(candidate("Text",
				"We commit to save lives and establish coordinated international efforts on missing migrants, "
						+ "and to share information among States on the fate of the missing."));
		var later = List.of(
				candidate("Text",
						"We commit to save lives and establish coordinated international efforts on missing migrants."),
				candidate("Text", "We commit to share information among States on the fate of the missing."));

		assertThat(Lineage.match(earlier, later)).containsExactly(0, null);
	}

	@Test
	void generatedRevisionsWithEditsMovesAndRenumberingAreFollowed() {
		var random = new Random(20261207);
		var vocabulary = new ArrayList<String>();
		for (int i = 0; i < 3000; i++) {
			vocabulary.add(word(random));
		}
		for (int round = 0; round < 300; round++) {
			int size = 5 + random.nextInt(60);
			var earlier = new ArrayList<Lineage.Candidate>();
			for (int i = 0; i < size; i++) {
				earlier.add(candidate("Part " + (i / 7), sentence(random, vocabulary, 12 + random.nextInt(40))));
			}
			// Later: each earlier paragraph kept, edited (a few words), or deleted; new
			// ones
			// inserted; some moved elsewhere (which renumbers those after them).
			var later = new ArrayList<Lineage.Candidate>();
			var expected = new ArrayList<Integer>();
			for (int j = 0; j < size; j++) {
				int fate = random.nextInt(10);
				if (fate == 0) {
					continue; // deleted
				}
				var text = earlier.get(j).text();
				if (fate <= 4) {
					text = edit(random, vocabulary, text);
				}
				later.add(candidate(earlier.get(j).part(), text));
				expected.add(j);
				if (random.nextInt(8) == 0) {
					later.add(candidate(earlier.get(j).part(), sentence(random, vocabulary, 10 + random.nextInt(30))));
					expected.add(null);
				}
			}
			for (int moves = random.nextInt(4); moves > 0 && later.size() > 1; moves--) {
				int from = random.nextInt(later.size());
				int to = random.nextInt(later.size());
				later.add(to, later.remove(from));
				expected.add(to, expected.remove(from));
			}

			assertThat(Lineage.match(earlier, later)).as("round %d", round).containsExactlyElementsOf(expected);
		}
	}

	/**
	 * The weak spot of matching by shared words: short subparagraphs made mostly of the
	 * words every paragraph uses ("We commit to improve the …"). One deleted and one new
	 * one in its place share those words, and used to be taken for the same paragraph
	 * reworded; the words few paragraphs use are what tells them apart.
	 */
	@Test
	void aNewShortParagraphSharingOnlyCommonWordsDoesNotContinueADeletedOne() {
		var earlier = List.of(candidate("Objective 1", "(a) We commit to improve the collection of data;"),
				candidate("Objective 1", "(b) We commit to improve the training of border officials;"),
				candidate("Objective 1", "(c) We commit to improve the protection of children;"));
		var later = List.of(candidate("Objective 1", "(a) We commit to improve the sharing of data;"),
				candidate("Objective 1", "(b) We commit to improve the management of consular networks;"),
				candidate("Objective 1", "(c) We commit to improve the protection of children;"));

		assertThat(Lineage.match(earlier, later)).containsExactly(0, null, 2);
	}

	@Test
	void generatedShortParagraphsOfCommonWordsAreFollowedByTheirRareWords() {
		var random = new Random(20261208);
		// Rare words: each written once, in one paragraph (and its continuation).
		var used = new java.util.HashSet<String>();
		java.util.function.IntFunction<String> rare = (count) -> {
			var words = new ArrayList<String>();
			while (words.size() < count) {
				var word = word(random);
				if (word.length() > 3 && used.add(word)) {
					words.add(word);
				}
			}
			return String.join(" ", words);
		};
		// Three stems, each common: a third of the paragraphs begin with it.
		var stems = List.of("We commit to improve the", "Member States will strengthen the",
				"Encourage all relevant stakeholders to promote the");
		for (int round = 0; round < 300; round++) {
			int size = 15 + random.nextInt(30);
			var earlier = new ArrayList<Lineage.Candidate>();
			for (int i = 0; i < size; i++) {
				earlier.add(
						candidate("Part", stems.get(i % stems.size()) + " " + rare.apply(3 + random.nextInt(2)) + ";"));
			}
			// Later: kept, one rare word changed, or deleted — and new short ones, on the
			// same stems, wherever a paragraph was deleted or anywhere else.
			var later = new ArrayList<Lineage.Candidate>();
			var expected = new ArrayList<Integer>();
			for (int j = 0; j < size; j++) {
				int fate = random.nextInt(10);
				if (fate < 3) {
					later.add(candidate("Part",
							stems.get(random.nextInt(stems.size())) + " " + rare.apply(3 + random.nextInt(2)) + ";"));
					expected.add(null);
					continue;
				}
				var text = earlier.get(j).text();
				if (fate < 6) {
					var words = new ArrayList<String>(List.of(text.split(" ")));
					words.set(words.size() - 1 - random.nextInt(2), rare.apply(1));
					text = String.join(" ", words);
				}
				later.add(candidate("Part", text));
				expected.add(j);
			}
			for (int moves = random.nextInt(3); moves > 0 && later.size() > 1; moves--) {
				int from = random.nextInt(later.size());
				int to = random.nextInt(later.size());
				later.add(to, later.remove(from));
				expected.add(to, expected.remove(from));
			}

			var got = Lineage.match(earlier, later);
			assertThat(got).as("round %d", round).containsExactlyElementsOf(expected);
		}
	}

	/** Changes up to a fifth of the words: replaced, deleted or inserted. */
	private static String edit(Random random, List<String> vocabulary, String text) {
		var words = new ArrayList<String>(List.of(text.split(" ")));
		int changes = 1 + random.nextInt(Math.max(1, words.size() / 5));
		for (int k = 0; k < changes; k++) {
			int at = random.nextInt(words.size());
			switch (random.nextInt(3)) {
				case 0 -> words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
				case 1 -> {
					if (words.size() > 3) {
						words.remove(at);
					}
				}
				default -> words.add(at, vocabulary.get(random.nextInt(vocabulary.size())));
			}
		}
		return String.join(" ", words);
	}

	private static String sentence(Random random, List<String> vocabulary, int length) {
		var words = new ArrayList<String>();
		for (int i = 0; i < length; i++) {
			words.add(vocabulary.get(random.nextInt(vocabulary.size())));
		}
		Collections.shuffle(words, random);
		return String.join(" ", words);
	}

	private static String word(Random random) {
		var word = new StringBuilder();
		for (int i = 3 + random.nextInt(7); i > 0; i--) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

	private static Lineage.Candidate candidate(String part, String text) {
		return new Lineage.Candidate(part, ParagraphKind.OPERATIVE, text);
	}

}
