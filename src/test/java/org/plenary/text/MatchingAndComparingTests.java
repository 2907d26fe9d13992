package org.plenary.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast matching and comparison of a revision read from Word (words read once,
 * numbered and hashed, paragraphs merged as sorted numbers, Myers on word hashes) against
 * the straightforward way (regular expressions, maps of strings, java-diff-utils over
 * lists of strings), on generated revisions (seeded, so a failure repeats): random edits,
 * moves, renumbering, deletions, insertions, splits, duplicated paragraphs, punctuation,
 * capitals and letters of other scripts. Both must find the same lineage for every
 * paragraph and the same comparison, paragraph by paragraph and run by run.
 */
class MatchingAndComparingTests {

	private static final List<String> SHARED = List.of("We", "commit", "to", "the", "of", "and", "Member", "States",
			"migration", "cooperation", "international", "(a)", "(b)", "États", "coopération", "миграции",
			"\u0627\u0644\u0647\u062C\u0631\u0629", "\u79FB\u6C11", "\u00C9tats-membres", "2030", "Ⅻ", "½");

	@Test
	void generatedRevisionsReadFromWordAreMatchedAndComparedAsTheStraightforwardWayDoes() {
		var random = new Random(20261207);
		var vocabulary = new ArrayList<String>(SHARED);
		for (int i = 0; i < 400; i++) {
			vocabulary.add(word(random));
		}
		for (int round = 0; round < 400; round++) {
			int size = 1 + random.nextInt(round % 20 == 0 ? 120 : 40);
			var earlier = new ArrayList<Paragraph>();
			for (int i = 0; i < size; i++) {
				var text = random.nextInt(15) == 0 && !earlier.isEmpty()
						? earlier.get(random.nextInt(earlier.size())).text()
						: sentence(random, vocabulary, 1 + random.nextInt(random.nextBoolean() ? 8 : 50));
				earlier.add(new Paragraph(UUID.randomUUID(), i + 1, "Part " + (i / 6), kind(random), text));
			}
			var later = new ArrayList<Lineage.Candidate>();
			for (var paragraph : earlier) {
				int fate = random.nextInt(12);
				if (fate == 0) {
					continue;
				}
				var text = paragraph.text();
				if (fate <= 5) {
					text = edit(random, vocabulary, text);
				}
				if (fate == 6) {
					var words = text.split(" ");
					int half = words.length / 2;
					later.add(new Lineage.Candidate(paragraph.part(), paragraph.kind(),
							String.join(" ", List.of(words).subList(0, half))));
					text = String.join(" ", List.of(words).subList(half, words.length));
				}
				var part = random.nextInt(10) == 0 ? "Part " + random.nextInt(9) : paragraph.part();
				var kind = random.nextInt(10) == 0 ? kind(random) : paragraph.kind();
				later.add(new Lineage.Candidate(part, kind, text));
				if (random.nextInt(8) == 0) {
					later.add(new Lineage.Candidate(part, kind(random),
							sentence(random, vocabulary, 1 + random.nextInt(40))));
				}
			}
			for (int moves = random.nextInt(5); moves > 0 && later.size() > 1; moves--) {
				later.add(random.nextInt(later.size()), later.remove(random.nextInt(later.size())));
			}
			var before = view(earlier);

			var matched = Lineage.match(candidates(earlier), later);

			assertThat(matched).as("round %d", round)
				.containsExactlyElementsOf(ReferenceLineage.match(candidates(earlier), later));
			var after = view(read(earlier, later, matched, round));
			assertThat(Comparison.between(before, after)).as("round %d", round)
				.isEqualTo(ReferenceComparison.between(before, after));
		}
	}

	/**
	 * Two identical paragraphs, one before and one after the place of the edited one:
	 * equally close to it, the first found wins, in both ways.
	 */
	@Test
	void anEditedParagraphEquallyCloseToTwoIdenticalOnesContinuesTheFirst() {
		var twin = "We commit to strengthen international cooperation on migration data.";
		var earlier = List.of(candidate(twin), candidate("A paragraph about something else entirely, in other words."),
				candidate(twin));
		var later = List.of(candidate("A new paragraph nobody has seen before, about another matter."),
				candidate("We commit to strengthen international cooperation on migration statistics."),
				candidate("Yet another new paragraph, of words never used above."));

		assertThat(Lineage.match(earlier, later)).containsExactly(null, 0, null)
			.containsExactlyElementsOf(ReferenceLineage.match(earlier, later));
	}

	private static Lineage.Candidate candidate(String text) {
		return new Lineage.Candidate("Part", ParagraphKind.OPERATIVE, text);
	}

	/**
	 * The later revision's paragraphs with the lineages found (new ones numbered by
	 * round).
	 */
	private static List<Paragraph> read(List<Paragraph> earlier, List<Lineage.Candidate> later,
			List<@Nullable Integer> matched, int round) {
		var read = new ArrayList<Paragraph>();
		for (int i = 0; i < later.size(); i++) {
			var candidate = later.get(i);
			var j = matched.get(i);
			var lineage = (j == null) ? new UUID(round, i) : earlier.get(j).lineage();
			read.add(new Paragraph(lineage, i + 1, candidate.part(), candidate.kind(), candidate.text()));
		}
		return read;
	}

	private static List<Lineage.Candidate> candidates(List<Paragraph> paragraphs) {
		return paragraphs.stream().map((p) -> new Lineage.Candidate(p.part(), p.kind(), p.text())).toList();
	}

	private static RevisionView view(List<Paragraph> paragraphs) {
		return new RevisionView(new RevisionId(new UUID(0, paragraphs.size())), new TextId(new UUID(1, 1)), "A text",
				null, 0, "Rev", true, LocalDate.EPOCH, false, Numbering.parts(paragraphs), 0);
	}

	private static ParagraphKind kind(Random random) {
		var kinds = ParagraphKind.values();
		return kinds[random.nextInt(kinds.length)];
	}

	/**
	 * Up to a fifth of the words replaced, deleted or inserted, punctuation added, a
	 * capital changed or a space doubled.
	 */
	private static String edit(Random random, List<String> vocabulary, String text) {
		var words = new ArrayList<String>(List.of(text.split(" ")));
		int changes = 1 + random.nextInt(Math.max(1, words.size() / 5));
		for (int k = 0; k < changes; k++) {
			int at = random.nextInt(words.size());
			switch (random.nextInt(6)) {
				case 0 -> words.set(at, vocabulary.get(random.nextInt(vocabulary.size())));
				case 1 -> {
					if (words.size() > 1) {
						words.remove(at);
					}
				}
				case 2 -> words.set(at, words.get(at) + List.of(",", ";", ".", ")", "  ").get(random.nextInt(5)));
				case 3 -> words.set(at, words.get(at).toUpperCase());
				default -> words.add(at, vocabulary.get(random.nextInt(vocabulary.size())));
			}
		}
		return String.join(" ", words);
	}

	private static String sentence(Random random, List<String> vocabulary, int length) {
		var words = new ArrayList<String>();
		for (int i = 0; i < length; i++) {
			// The shared words often, as drafts use them.
			words.add(random.nextInt(3) == 0 ? SHARED.get(random.nextInt(SHARED.size()))
					: vocabulary.get(random.nextInt(vocabulary.size())));
		}
		return String.join(" ", words) + (random.nextBoolean() ? "." : ";");
	}

	private static String word(Random random) {
		var word = new StringBuilder();
		for (int i = 1 + random.nextInt(8); i > 0; i--) {
			word.append((char) ('a' + random.nextInt(26)));
		}
		return word.toString();
	}

}
