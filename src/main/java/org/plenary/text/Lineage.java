package org.plenary.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

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
		// paragraph's words are read once, numbered in the order they first appear (so
		// that sums of weights are added in an order that does not depend on hashing)
		// and sorted, so that comparing two is a merge; a paragraph unchanged from an
		// earlier one counts that one's words again without reading them.
		var vocabulary = new Vocabulary();
		var old = new Bag[earlier.size()];
		var fresh = new Bag[later.size()];
		for (int j = 0; j < earlier.size(); j++) {
			old[j] = vocabulary.bag(earlier.get(j).text());
		}
		for (int i = 0; i < later.size(); i++) {
			Integer same = result.get(i);
			fresh[i] = (same != null) ? vocabulary.again(old[same]) : vocabulary.bag(later.get(i).text());
		}
		int documents = earlier.size() + later.size();
		var weight = new double[vocabulary.size];
		for (int w = 0; w < weight.length; w++) {
			weight[w] = Math.log((documents + 1.0) / vocabulary.frequency[w]);
		}
		for (var bag : old) {
			bag.weigh(weight);
		}
		for (var bag : fresh) {
			bag.weigh(weight);
		}
		// Parts as numbers, compared for every pair.
		var parts = new HashMap<String, Integer>();
		var partOfEarlier = new int[earlier.size()];
		var partOfLater = new int[later.size()];
		for (int j = 0; j < earlier.size(); j++) {
			partOfEarlier[j] = parts.computeIfAbsent(earlier.get(j).part(), (p) -> parts.size());
		}
		for (int i = 0; i < later.size(); i++) {
			partOfLater[i] = parts.computeIfAbsent(later.get(i).part(), (p) -> parts.size());
		}
		var open = new int[earlier.size()];
		int opened = 0;
		for (int j = 0; j < earlier.size(); j++) {
			if (!taken[j]) {
				open[opened++] = j;
			}
		}
		// A later paragraph's words spread out by number, so that the words it shares
		// with an earlier one are found by walking the earlier one's (in the order of
		// their numbers, as a merge would find them).
		var counted = new int[vocabulary.size];
		var pairs = new Pairs();
		for (int i = 0; i < later.size(); i++) {
			if (result.get(i) != null) {
				continue;
			}
			var bag = fresh[i];
			for (int x = 0; x < bag.words.length; x++) {
				counted[bag.words[x]] = bag.counts[x];
			}
			for (int o = 0; o < opened; o++) {
				int j = open[o];
				var other = old[j];
				int sizes = bag.size + other.size;
				// Even sharing every word of the shorter, too far apart in length.
				if (sizes == 0 || 2.0 * Math.min(bag.size, other.size) / sizes < THRESHOLD) {
					continue;
				}
				int shared = 0;
				double sharedWeight = 0;
				var words = other.words;
				var counts = other.counts;
				for (int y = 0; y < words.length; y++) {
					int here = counted[words[y]];
					if (here != 0) {
						int both = Math.min(here, counts[y]);
						shared += both;
						sharedWeight += both * weight[words[y]];
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
				double score = rare + (partOfLater[i] == partOfEarlier[j] ? 0.05 : 0)
						+ (later.get(i).kind() == earlier.get(j).kind() ? 0.03 : 0) + 0.02 * place;
				pairs.add(score, i, j);
			}
			for (int x = 0; x < bag.words.length; x++) {
				counted[bag.words[x]] = 0;
			}
		}
		// Closest pairs first, until no later paragraph or no earlier one is left to
		// pair: a heap, so that only the pairs looked at are put in order.
		int left = 0;
		for (int i = 0; i < later.size(); i++) {
			left += (result.get(i) == null) ? 1 : 0;
		}
		pairs.heapify();
		while (left > 0 && opened > 0 && !pairs.isEmpty()) {
			int p = pairs.pop();
			int i = pairs.later[p];
			int j = pairs.earlier[p];
			if (result.get(i) == null && !taken[j]) {
				taken[j] = true;
				result.set(i, j);
				left--;
				opened--;
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
	 * The pairs close enough to be the same paragraph: score, later and earlier index.
	 */
	private static final class Pairs {

		double[] score = new double[64];

		int[] later = new int[64];

		int[] earlier = new int[64];

		int size;

		void add(double score, int later, int earlier) {
			if (this.size == this.score.length) {
				int grown = this.size * 2;
				this.score = Arrays.copyOf(this.score, grown);
				this.later = Arrays.copyOf(this.later, grown);
				this.earlier = Arrays.copyOf(this.earlier, grown);
			}
			this.score[this.size] = score;
			this.later[this.size] = later;
			this.earlier[this.size] = earlier;
			this.size++;
		}

		/** The pairs as a heap of their indexes: the closest on top. */
		private int[] heap = new int[0];

		private int heaped;

		/**
		 * Whether pair {@code p} comes before pair {@code q}: a higher score, or the same
		 * score and found first (the order of a stable sort by score).
		 */
		private boolean before(int p, int q) {
			int compared = Double.compare(this.score[p], this.score[q]);
			return compared > 0 || (compared == 0 && p < q);
		}

		void heapify() {
			this.heap = new int[this.size];
			for (int p = 0; p < this.size; p++) {
				this.heap[p] = p;
			}
			this.heaped = this.size;
			for (int at = this.heaped / 2 - 1; at >= 0; at--) {
				down(at);
			}
		}

		boolean isEmpty() {
			return this.heaped == 0;
		}

		/** The closest pair not yet taken from the heap, taken from it. */
		int pop() {
			int top = this.heap[0];
			this.heap[0] = this.heap[--this.heaped];
			down(0);
			return top;
		}

		private void down(int at) {
			int moving = this.heap[at];
			while (true) {
				int child = 2 * at + 1;
				if (child >= this.heaped) {
					break;
				}
				if (child + 1 < this.heaped && before(this.heap[child + 1], this.heap[child])) {
					child++;
				}
				if (!before(this.heap[child], moving)) {
					break;
				}
				this.heap[at] = this.heap[child];
				at = child;
			}
			this.heap[at] = moving;
		}

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

		void weigh(double[] weights) {
			for (int i = 0; i < this.words.length; i++) {
				this.weight += this.counts[i] * weights[this.words[i]];
			}
		}

	}

	/*
	 * The words of all the paragraphs, numbered in the order they first appear, with how
	 * many paragraphs use each. A word is a run of letters and digits ({@code
	 * [\p{L}\p{N}]+}) of the text in lower case; each is looked up in an open-addressing
	 * table by the characters where it stands, so no string is made for a word already
	 * seen.
	 */
	private static final class Vocabulary {

		int size;

		int[] frequency = new int[256];

		private String[] words = new String[256];

		private int[] hashes = new int[256];

		/** Open addressing: number + 1 of the word in each slot, 0 when empty. */
		private int[] table = new int[1024];

		/** How often each word stands in the paragraph being read (by number). */
		private int[] counting = new int[256];

		private int[] seen = new int[64];

		/** Words of the paragraph being read: how many, and how many distinct. */
		private int distinct;

		private int read;

		Bag bag(String text) {
			this.distinct = 0;
			this.read = 0;
			if (!readAscii(text)) {
				readLowerCase(text.toLowerCase(Locale.ROOT));
			}
			int distinct = this.distinct;
			int size = this.read;
			var words = Arrays.copyOf(this.seen, distinct);
			Arrays.sort(words);
			var counts = new int[distinct];
			for (int k = 0; k < distinct; k++) {
				counts[k] = this.counting[words[k]];
				this.counting[words[k]] = 0;
				this.frequency[words[k]]++;
			}
			return new Bag(words, counts, size);
		}

		/**
		 * Reads a text of ASCII characters, lowering its capitals on the way (what
		 * {@code toLowerCase(Locale.ROOT)} does to them); at the first other character
		 * forgets what it read and answers false. The words before it were numbered
		 * already, in the order the full reading numbers them.
		 */
		private boolean readAscii(String text) {
			int length = text.length();
			int i = 0;
			while (i < length) {
				int from = i;
				int h = 0;
				while (i < length) {
					char c = text.charAt(i);
					if (c >= 128) {
						forget();
						return false;
					}
					if (c >= 'A' && c <= 'Z') {
						c += 'a' - 'A';
					}
					else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
						break;
					}
					h = 31 * h + c;
					i++;
				}
				if (i == from) {
					i++;
					continue;
				}
				count(number(text, from, i, h, true));
			}
			return true;
		}

		private void readLowerCase(String lower) {
			int length = lower.length();
			int i = 0;
			while (i < length) {
				int from = i;
				int h = 0;
				while (i < length) {
					char c = lower.charAt(i);
					if (c < 128) {
						if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
							break;
						}
						h = 31 * h + c;
						i++;
					}
					else {
						int point = lower.codePointAt(i);
						if (!letterOrNumber(point)) {
							break;
						}
						h = 31 * h + c;
						if (Character.charCount(point) == 2) {
							h = 31 * h + lower.charAt(i + 1);
						}
						i += Character.charCount(point);
					}
				}
				if (i == from) {
					i += Character.charCount(lower.codePointAt(i));
					continue;
				}
				count(number(lower, from, i, h, false));
			}
		}

		private void count(int number) {
			this.read++;
			if (this.counting[number]++ == 0) {
				if (this.distinct == this.seen.length) {
					this.seen = Arrays.copyOf(this.seen, this.distinct * 2);
				}
				this.seen[this.distinct++] = number;
			}
		}

		private void forget() {
			for (int k = 0; k < this.distinct; k++) {
				this.counting[this.seen[k]] = 0;
			}
			this.distinct = 0;
			this.read = 0;
		}

		/** A paragraph with the same text as one read before: its words counted again. */
		Bag again(Bag bag) {
			for (int word : bag.words) {
				this.frequency[word]++;
			}
			return new Bag(bag.words, bag.counts, bag.size);
		}

		private int number(String text, int from, int to, int hash, boolean lowering) {
			int mask = this.table.length - 1;
			int slot = (hash ^ (hash >>> 16)) & mask;
			while (true) {
				int entry = this.table[slot];
				if (entry == 0) {
					break;
				}
				var word = this.words[entry - 1];
				if (this.hashes[entry - 1] == hash && word.length() == to - from
						&& (lowering ? sameLowered(text, from, word) : text.regionMatches(from, word, 0, to - from))) {
					return entry - 1;
				}
				slot = (slot + 1) & mask;
			}
			int number = this.size++;
			if (number == this.words.length) {
				int grown = number * 2;
				this.words = Arrays.copyOf(this.words, grown);
				this.hashes = Arrays.copyOf(this.hashes, grown);
				this.frequency = Arrays.copyOf(this.frequency, grown);
				this.counting = Arrays.copyOf(this.counting, grown);
			}
			this.words[number] = lowering ? text.substring(from, to).toLowerCase(Locale.ROOT)
					: text.substring(from, to);
			this.hashes[number] = hash;
			this.table[slot] = number + 1;
			if (2 * this.size > this.table.length) {
				rehash();
			}
			return number;
		}

		/**
		 * Whether the ASCII word at {@code from}, its capitals lowered, is {@code word}.
		 */
		private static boolean sameLowered(String text, int from, String word) {
			for (int k = 0; k < word.length(); k++) {
				char c = text.charAt(from + k);
				if (c >= 'A' && c <= 'Z') {
					c += 'a' - 'A';
				}
				if (c != word.charAt(k)) {
					return false;
				}
			}
			return true;
		}

		private void rehash() {
			this.table = new int[this.table.length * 2];
			int mask = this.table.length - 1;
			for (int number = 0; number < this.size; number++) {
				int slot = (this.hashes[number] ^ (this.hashes[number] >>> 16)) & mask;
				while (this.table[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				this.table[slot] = number + 1;
			}
		}

		// A letter or a number (p{L} or p{N}), as regular expressions read them.
		private static boolean letterOrNumber(int point) {
			return switch (Character.getType(point)) {
				case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
						Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
						Character.LETTER_NUMBER, Character.OTHER_NUMBER ->
					true;
				default -> false;
			};
		}

	}

}
