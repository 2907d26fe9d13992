package org.plenary.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The lineage matching written straightforwardly, to check {@link Lineage} against: a
 * regular expression for the words, maps of strings and boxed counts, every pair of
 * paragraphs compared by looking its words up. Words are numbered in the order they first
 * appear (earlier revision, then later, in reading order) and every sum of weights is
 * added in that order, as {@link Lineage} adds them.
 */
final class ReferenceLineage {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private ReferenceLineage() {
	}

	static List<@Nullable Integer> match(List<Lineage.Candidate> earlier, List<Lineage.Candidate> later) {
		var result = new ArrayList<@Nullable Integer>();
		later.forEach((c) -> result.add(null));
		var taken = new boolean[earlier.size()];
		for (int i = 0; i < later.size(); i++) {
			for (int j = 0; j < earlier.size(); j++) {
				if (!taken[j] && earlier.get(j).text().equals(later.get(i).text())) {
					taken[j] = true;
					result.set(i, j);
					break;
				}
			}
		}
		var numbers = new LinkedHashMap<String, Integer>();
		var bags = new ArrayList<TreeMap<Integer, Integer>>();
		var all = new ArrayList<Lineage.Candidate>(earlier);
		all.addAll(later);
		var frequency = new HashMap<Integer, Integer>();
		for (var paragraph : all) {
			var bag = new TreeMap<Integer, Integer>();
			var matcher = WORD.matcher(paragraph.text().toLowerCase(Locale.ROOT));
			while (matcher.find()) {
				int number = numbers.computeIfAbsent(matcher.group(), (w) -> numbers.size());
				bag.merge(number, 1, Integer::sum);
			}
			bag.keySet().forEach((w) -> frequency.merge(w, 1, Integer::sum));
			bags.add(bag);
		}
		int documents = all.size();
		var weight = new HashMap<Integer, Double>();
		frequency.forEach((w, f) -> weight.put(w, Math.log((documents + 1.0) / f)));
		var pairs = new ArrayList<double[]>();
		for (int i = 0; i < later.size(); i++) {
			if (result.get(i) != null) {
				continue;
			}
			var bag = bags.get(earlier.size() + i);
			for (int j = 0; j < earlier.size(); j++) {
				var other = bags.get(j);
				int size = size(bag);
				int otherSize = size(other);
				int sizes = size + otherSize;
				if (taken[j] || sizes == 0 || 2.0 * Math.min(size, otherSize) / sizes < Lineage.THRESHOLD) {
					continue;
				}
				int shared = 0;
				double sharedWeight = 0;
				for (var word : bag.entrySet()) {
					var count = other.get(word.getKey());
					if (count != null) {
						int both = Math.min(word.getValue(), count);
						shared += both;
						sharedWeight += both * weight.get(word.getKey());
					}
				}
				double dice = 2.0 * shared / sizes;
				double weights = weight(bag, weight) + weight(other, weight);
				double rare = weights == 0 ? dice : 2.0 * sharedWeight / weights;
				if (dice < Lineage.THRESHOLD || rare < Lineage.THRESHOLD) {
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

	private static int size(Map<Integer, Integer> bag) {
		return bag.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static double weight(TreeMap<Integer, Integer> bag, Map<Integer, Double> weight) {
		double sum = 0;
		for (var word : bag.entrySet()) {
			sum += word.getValue() * weight.get(word.getKey());
		}
		return sum;
	}

}
