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

	private static String sentence(Random random, List<String> vocabulary) {
		var words = new ArrayList<String>();
		int length = random.nextInt(12);
		for (int i = 0; i < length; i++) {
			words.add(vocabulary.get(random.nextInt(vocabulary.size())));
		}
		return String.join(" ", words);
	}

}
