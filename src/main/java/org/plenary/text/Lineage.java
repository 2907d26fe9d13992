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
		// paragraph uses ("we commit to the") tell no paragraph from another.
		var oldWords = new ArrayList<Map<String, Integer>>();
		var newWords = new ArrayList<Map<String, Integer>>();
		var frequency = new HashMap<String, Integer>();
		for (var candidate : earlier) {
			var words = words(candidate.text());
			oldWords.add(words);
			words.keySet().forEach((w) -> frequency.merge(w, 1, Integer::sum));
		}
		for (var candidate : later) {
			var words = words(candidate.text());
			newWords.add(words);
			words.keySet().forEach((w) -> frequency.merge(w, 1, Integer::sum));
		}
		int documents = earlier.size() + later.size();
		var weight = new HashMap<String, Double>(frequency.size() * 2);
		frequency.forEach((w, df) -> weight.put(w, Math.log((documents + 1.0) / df)));
		var oldSizes = new int[earlier.size()];
		var oldWeights = new double[earlier.size()];
		for (int j = 0; j < earlier.size(); j++) {
			for (var word : oldWords.get(j).entrySet()) {
				oldSizes[j] += word.getValue();
				oldWeights[j] += word.getValue() * weight.get(word.getKey());
			}
		}
		var pairs = new ArrayList<double[]>();
		for (int i = 0; i < later.size(); i++) {
			if (result.get(i) != null) {
				continue;
			}
			var words = newWords.get(i);
			int size = 0;
			double weighed = 0;
			var entries = new ArrayList<>(words.entrySet());
			var entryWeights = new double[entries.size()];
			for (int k = 0; k < entries.size(); k++) {
				size += entries.get(k).getValue();
				entryWeights[k] = weight.get(entries.get(k).getKey());
				weighed += entries.get(k).getValue() * entryWeights[k];
			}
			for (int j = 0; j < earlier.size(); j++) {
				if (taken[j] || size + oldSizes[j] == 0) {
					continue;
				}
				int shared = 0;
				double sharedWeight = 0;
				var other = oldWords.get(j);
				for (int k = 0; k < entries.size(); k++) {
					var word = entries.get(k);
					Integer there = other.get(word.getKey());
					if (there != null) {
						int both = Math.min(word.getValue(), there);
						shared += both;
						sharedWeight += both * entryWeights[k];
					}
				}
				double dice = 2.0 * shared / (size + oldSizes[j]);
				double rare = weighed + oldWeights[j] == 0 ? dice : 2.0 * sharedWeight / (weighed + oldWeights[j]);
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

	static Map<String, Integer> words(String text) {
		var words = new HashMap<String, Integer>();
		var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
		while (matcher.find()) {
			words.merge(matcher.group(), 1, Integer::sum);
		}
		return words;
	}

}
