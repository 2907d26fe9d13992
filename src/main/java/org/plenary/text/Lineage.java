package org.plenary.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Follows the paragraphs of a revision read from Word or plain text back to the
 * paragraphs of the revision before it, as co-facilitators issue Rev.2 from their own
 * file: first the paragraphs whose words stand unchanged (wherever they moved), then the
 * closest pairs of the rest by the words they share (Dice's coefficient over the words,
 * counted, and the same with each word weighed by how rare it is among the paragraphs), a
 * little closer when they are in the same part, of the same kind and near the same place.
 * A pair sharing less than half its words, or less than half the weight of its words
 * (short paragraphs alike only in the words every paragraph uses: "We commit to improve
 * the …"), is not the same paragraph: the new one is added, the old one deleted. A
 * paragraph split in two continues in the part that keeps most of its words; one moved
 * and renumbered keeps its lineage.
 */
final class Lineage {

	/** Below this, two paragraphs are not the same one reworded. */
	static final double THRESHOLD = 0.5;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private Lineage() {
	}

	/** A paragraph to match: its part, kind and words. */
	record Candidate(String part, ParagraphKind kind, String text) {
	}

	/**
	 * For each later paragraph, the index of the earlier paragraph it continues, or
	 * {@code null} when it is new. No earlier paragraph is continued twice.
	 */
	static List<@Nullable Integer> match(List<Candidate> earlier, List<Candidate> later) {
		var result = new ArrayList<@Nullable Integer>();
		later.forEach((c) -> result.add(null));
		var taken = new boolean[earlier.size()];
		// Unchanged words, wherever they stand.
		var byText = new HashMap<String, List<Integer>>();
		for (int j = 0; j < earlier.size(); j++) {
			byText.computeIfAbsent(earlier.get(j).text(), (t) -> new ArrayList<>()).add(j);
		}
		for (int i = 0; i < later.size(); i++) {
			var same = byText.get(later.get(i).text());
			if (same != null && !same.isEmpty()) {
				int j = same.remove(0);
				taken[j] = true;
				result.set(i, j);
			}
		}
		// The rest, closest pairs first. A word's weight is how rare it is among all the
		// paragraphs of both revisions (the inverse document frequency): the words every
		// paragraph uses ("we commit to the") tell no paragraph from another. Each
		// paragraph's words are numbered and sorted once, so that comparing two is a
		// merge.
		var numbers = new HashMap<String, Integer>();
		var frequency = new ArrayList<Integer>();
		var old = new Bag[earlier.size()];
		var fresh = new Bag[later.size()];
		for (int j = 0; j < earlier.size(); j++) {
			old[j] = Bag.of(earlier.get(j).text(), numbers, frequency);
		}
		for (int i = 0; i < later.size(); i++) {
			fresh[i] = Bag.of(later.get(i).text(), numbers, frequency);
		}
		int documents = earlier.size() + later.size();
		var weight = new double[frequency.size()];
		for (int w = 0; w < weight.length; w++) {
			weight[w] = Math.log((documents + 1.0) / frequency.get(w));
		}
		for (var bag : old) {
			bag.weigh(weight);
		}
		for (var bag : fresh) {
			bag.weigh(weight);
		}
		var pairs = new ArrayList<double[]>();
		for (int i = 0; i < later.size(); i++) {
			if (result.get(i) != null) {
				continue;
			}
			var bag = fresh[i];
			for (int j = 0; j < earlier.size(); j++) {
				var other = old[j];
				int sizes = bag.size + other.size;
				// Even sharing every word of the shorter, too far apart in length.
				if (taken[j] || sizes == 0 || 2.0 * Math.min(bag.size, other.size) / sizes < THRESHOLD) {
					continue;
				}
				int shared = 0;
				double sharedWeight = 0;
				for (int x = 0, y = 0; x < bag.words.length && y < other.words.length;) {
					if (bag.words[x] < other.words[y]) {
						x++;
					}
					else if (bag.words[x] > other.words[y]) {
						y++;
					}
					else {
						int both = Math.min(bag.counts[x], other.counts[y]);
						shared += both;
						sharedWeight += both * weight[bag.words[x]];
						x++;
						y++;
					}
				}
				double dice = 2.0 * shared / sizes;
				double weights = bag.weight + other.weight;
				double rare = weights == 0 ? dice : 2.0 * sharedWeight / weights;
				if (dice < THRESHOLD || rare < THRESHOLD) {
					continue;
				}
				double place = 1.0 - Math
					.abs((double) i / Math.max(1, later.size() - 1) - (double) j / Math.max(1, earlier.size() - 1));
				double score = rare + (later.get(i).part().equals(earlier.get(j).part()) ? 0.05 : 0)
						+ (later.get(i).kind() == earlier.get(j).kind() ? 0.03 : 0) + 0.02 * place;
				pairs.add(new double[] { score, i, j });
			}
		}
		pairs.sort((a, b) -> Double.compare(b[0], a[0]));
		for (var pair : pairs) {
			int i = (int) pair[1];
			int j = (int) pair[2];
			if (result.get(i) == null && !taken[j]) {
				taken[j] = true;
				result.set(i, j);
			}
		}
		return result;
	}

	/**
	 * The lineages of the later paragraphs: those of the earlier ones they continue, or
	 * new.
	 */
	static List<UUID> lineages(List<Paragraph> earlier, List<Candidate> later) {
		var matched = match(earlier.stream().map((p) -> new Candidate(p.part(), p.kind(), p.text())).toList(), later);
		return matched.stream().map((j) -> j == null ? UUID.randomUUID() : earlier.get(j).lineage()).toList();
	}

	/**
	 * A paragraph's words as numbers, sorted, with how often each stands; its length in
	 * words and their weight.
	 */
	private static final class Bag {

		final int[] words;

		final int[] counts;

		final int size;

		double weight;

		private Bag(int[] words, int[] counts, int size) {
			this.words = words;
			this.counts = counts;
			this.size = size;
		}

		static Bag of(String text, Map<String, Integer> numbers, List<Integer> frequency) {
			var counted = words(text);
			var words = new int[counted.size()];
			int k = 0;
			for (var word : counted.keySet()) {
				Integer number = numbers.get(word);
				if (number == null) {
					number = numbers.size();
					numbers.put(word, number);
					frequency.add(0);
				}
				frequency.set(number, frequency.get(number) + 1);
				words[k++] = number;
			}
			java.util.Arrays.sort(words);
			var counts = new int[words.length];
			int size = 0;
			var byNumber = new HashMap<Integer, Integer>();
			counted.forEach((word, count) -> byNumber.put(numbers.get(word), count));
			for (int i = 0; i < words.length; i++) {
				counts[i] = byNumber.get(words[i]);
				size += counts[i];
			}
			return new Bag(words, counts, size);
		}

		void weigh(double[] weights) {
			for (int i = 0; i < this.words.length; i++) {
				this.weight += this.counts[i] * weights[this.words[i]];
			}
		}

	}

	static Map<String, Integer> words(String text) {
		var words = new HashMap<String, Integer>();
		var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.merge(matcher.group(), 1, Integer::sum);
		}
		return words;
	}

}
