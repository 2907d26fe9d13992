package org.plenary.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.system.WordDiff.Change.DELETED;
import static org.plenary.system.WordDiff.Change.INSERTED;
import static org.plenary.system.WordDiff.Change.KEPT;

class WordDiffTests {

	@Test
	void showsTheWordsInsertedAndDeletedBetweenTheKeptOnes() {
		var runs = WordDiff.between("Expansion in both categories of membership",
				"Expansion in the non-permanent category of membership");

		assertThat(runs).containsExactly(new WordDiff.Run(KEPT, "Expansion in"),
				new WordDiff.Run(DELETED, "both categories"), new WordDiff.Run(INSERTED, "the non-permanent category"),
				new WordDiff.Run(KEPT, "of membership"));
	}

	@Test
	void keepsPunctuationApartAndSaysItJoinsTheRunBefore() {
		var runs = WordDiff.between("restricted.", "restricted in cases of mass atrocities.");

		assertThat(runs).containsExactly(new WordDiff.Run(KEPT, "restricted"),
				new WordDiff.Run(INSERTED, "in cases of mass atrocities"), new WordDiff.Run(KEPT, "."));
		assertThat(runs).extracting(WordDiff.Run::joinsPrevious).containsExactly(false, false, true);
	}

	@Test
	void findsNothingChangedBetweenATextAndItself() {
		assertThat(WordDiff.between("The question of the veto", "The  question of\nthe veto"))
			.containsExactly(new WordDiff.Run(KEPT, "The question of the veto"));
		assertThat(WordDiff.between("", "")).isEmpty();
	}

	@Test
	void rebuildsBothTextsFromTheRunsForEveryGeneratedPair() {
		var random = new Random(20261126);
		var vocabulary = List.of("the", "Council", "veto", "seats", "permanent", "African", "review", "of", "and",
				"members", "regional", "new");
		for (int i = 0; i < 1_000; i++) {
			var before = sentence(random, vocabulary);
			var after = sentence(random, vocabulary);

			var runs = WordDiff.between(before, after);

			var old = new ArrayList<String>();
			var next = new ArrayList<String>();
			for (var run : runs) {
				if (run.change() != INSERTED) {
					old.add(run.text());
				}
				if (run.change() != DELETED) {
					next.add(run.text());
				}
			}
			assertThat(String.join(" ", old)).isEqualTo(before);
			assertThat(String.join(" ", next)).isEqualTo(after);
			for (int r = 1; r < runs.size(); r++) {
				assertThat(runs.get(r).change()).as("runs of one kind are joined")
					.isNotEqualTo(runs.get(r - 1).change());
			}
		}
	}

	/**
	 * The fast word diff (words read once as boundaries and hashes, the common beginning
	 * taken first, Myers on the hashes) gives exactly the runs of the straightforward one
	 * (regular expression, java-diff-utils over strings), on generated pairs: unrelated
	 * texts, and texts edited a few words at a time — with repeated words (where several
	 * shortest scripts compete), punctuation, brackets, tabs, line breaks, non-breaking
	 * spaces and letters outside the Basic Multilingual Plane.
	 */
	@Test
	void givesTheSameRunsAsTheStraightforwardDiffOnGeneratedTexts() {
		var random = new Random(20261207);
		var vocabulary = List.of("the", "the", "of", "Council", "veto", "seats", ",", ".", ";", "(", ")", "[", "]",
				"(a)", "review", "of", "and", "members", "rights.", "États", "\u0645\u0648\u0627\u0637\u0646",
				"\uD835\uDC00x", "non\u00A0permanent", "!", "?:", "1.", "\u6210\u5458\u56FD");
		var spaces = List.of(" ", " ", " ", " ", "  ", "\t", "\n", "\r\n", "");
		for (int i = 0; i < 5_000; i++) {
			var before = text(random, vocabulary, spaces, random.nextInt(i % 10 == 0 ? 120 : 25));
			var after = random.nextBoolean() ? text(random, vocabulary, spaces, random.nextInt(25))
					: edited(random, vocabulary, spaces, before);

			assertThat(WordDiff.between(before, after)).as("%s → %s", before, after)
				.isEqualTo(ReferenceWordDiff.between(before, after));
			assertThat(WordDiff.same(before, after)).isEqualTo(ReferenceWordDiff.same(before, after));
			var changed = WordDiff.ifChanged(before, after);
			if (ReferenceWordDiff.same(before, after)) {
				assertThat(changed).isNull();
			}
			else {
				assertThat(changed).isEqualTo(ReferenceWordDiff.between(before, after));
			}
		}
	}

	private static String text(Random random, List<String> vocabulary, List<String> spaces, int length) {
		var text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(vocabulary.get(random.nextInt(vocabulary.size())));
			text.append(spaces.get(random.nextInt(spaces.size())));
		}
		return text.toString();
	}

	/** The text with a few of its words replaced, deleted, inserted or respaced. */
	private static String edited(Random random, List<String> vocabulary, List<String> spaces, String text) {
		var words = new ArrayList<String>(List.of(text.split(" ", -1)));
		for (int k = random.nextInt(4); k >= 0; k--) {
			int at = random.nextInt(words.size());
			switch (random.nextInt(4)) {
				case 0 -> words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
				case 1 -> words.remove(at);
				case 2 -> words.add(at, vocabulary.get(random.nextInt(vocabulary.size())));
				default -> words.set(at, words.get(at) + spaces.get(random.nextInt(spaces.size())));
			}
			if (words.isEmpty()) {
				words.add("");
			}
		}
		return String.join(" ", words);
	}

	private static String sentence(Random random, List<String> vocabulary) {
		var words = new ArrayList<String>();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			words.add(vocabulary.get(random.nextInt(vocabulary.size())));
		}
		return String.join(" ", words);
	}

}
