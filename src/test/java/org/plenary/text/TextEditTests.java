package org.plenary.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextEditTests {

	@Test
	void deletesInsertsAndReplacesWithOneSpaceBetweenWordsAndNoneBeforePunctuation() {
		var text = "We commit to safe, orderly and regular migration.";

		assertThat(TextEdit.apply(text, text.indexOf("safe, "), text.indexOf("orderly"), ""))
			.isEqualTo("We commit to orderly and regular migration.");
		assertThat(TextEdit.apply(text, text.indexOf(" migration"), text.indexOf(" migration"), "international"))
			.isEqualTo("We commit to safe, orderly and regular international migration.");
		assertThat(TextEdit.apply(text, text.indexOf("migration"), text.indexOf("."), "mobility"))
			.isEqualTo("We commit to safe, orderly and regular mobility.");
		assertThat(TextEdit.apply(text, text.indexOf(" regular migration"), text.indexOf("."), ""))
			.isEqualTo("We commit to safe, orderly and.");
	}

	@Test
	void restoresTheTextWhenADeletionIsUndoneByInsertingTheSameWordsForEveryGeneratedCase() {
		var random = new Random(20261126);
		var vocabulary = List.of("Member", "States", "commit", "to", "the", "global", "compact", "on", "migration",
				"and", "its", "objectives", "with", "respect", "for");
		for (int i = 0; i < 2_000; i++) {
			var words = new ArrayList<String>();
			int length = 2 + random.nextInt(15);
			for (int w = 0; w < length; w++) {
				words.add(vocabulary.get(random.nextInt(vocabulary.size())));
			}
			var text = String.join(" ", words) + ".";
			int from = random.nextInt(words.size());
			int to = from + 1 + random.nextInt(words.size() - from);
			int start = String.join(" ", words.subList(0, from)).length() + (from == 0 ? 0 : 1);
			int end = String.join(" ", words.subList(0, to)).length();
			var deletedWords = text.substring(start, end);

			var deleted = TextEdit.apply(text, start, end, "");
			int at = from == 0 ? 0 : String.join(" ", words.subList(0, from)).length();
			var restored = TextEdit.apply(deleted, at, at, deletedWords);

			assertThat(restored).as("deleting \"%s\" from \"%s\" and inserting it back", deletedWords, text)
				.isEqualTo(text);
		}
	}

}
