package org.plenary.correspondence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.StatesOfTheRegister;

/**
 * The names of States, from the register ({@link StatesOfTheRegister}, the delegation
 * module's door) and as letters also write them, so that there is one list and the
 * extractor can run without a database. Used to tell where "Permanent Representative of
 * Mexico" ends ("… and His Excellency").
 */
final class CountryNames {

	/** Names as letters also write them, beside the register's. */
	private static final List<String> ALSO = List.of("United States", "Turkey", "Vietnam", "Netherlands", "Korea",
			"Bolivia", "Venezuela", "Iran", "Russia", "Syria", "Tanzania", "Moldova", "Micronesia", "Laos", "Palestine",
			"Cape Verde", "Swaziland", "Ivory Coast", "Czech Republic", "Macedonia", "Brunei");

	private static final Pattern THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);

	private final List<String> names;

	private final List<String> lowerNames;

	/**
	 * The places in {@link #names} of the names starting with each letter (lower case,
	 * longest first): a name is looked for among those starting with the text's first
	 * letter, not among all two hundred.
	 */
	private final Map<Character, int[]> byFirstLetter;

	private CountryNames(List<String> names) {
		// Longest first, so that "Democratic Republic of the Congo" wins over "Congo".
		this.names = names.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		this.lowerNames = this.names.stream().map((n) -> n.toLowerCase(Locale.ROOT)).toList();
		var places = new HashMap<Character, List<Integer>>();
		for (int i = 0; i < this.lowerNames.size(); i++) {
			var name = this.lowerNames.get(i);
			if (!name.isEmpty()) {
				places.computeIfAbsent(name.charAt(0), (c) -> new ArrayList<>()).add(i);
			}
		}
		var byFirstLetter = new HashMap<Character, int[]>();
		places.forEach((c, list) -> byFirstLetter.put(c, list.stream().mapToInt(Integer::intValue).toArray()));
		this.byFirstLetter = Map.copyOf(byFirstLetter);
	}

	static CountryNames fromRegister() {
		var names = new ArrayList<>(ALSO);
		names.addAll(StatesOfTheRegister.names());
		return new CountryNames(names);
	}

	/** Every name, longest first. */
	List<String> all() {
		return this.names;
	}

	/** The longest name of a State, with room for "the" and spaces before it. */
	private static final int LOOK_AHEAD = 100;

	/** The State whose name the text starts with (after "the"), as the text writes it. */
	@Nullable String startOf(String text) {
		return startAt(text, 0);
	}

	/**
	 * Whether the text is a State's name and nothing more ("Portugal" on its own line).
	 */
	boolean isOnlyAState(String text) {
		var name = startOf(text);
		return name != null && name.length() >= text.strip().length();
	}

	/**
	 * The State whose name starts at a position of the text: only the next hundred
	 * characters are looked at, however long the text (a copy of the rest of a letter at
	 * every "of" made a letter without line breaks quadratic).
	 */
	@Nullable String startAt(String text, int from) {
		var window = text.substring(from, Math.min(text.length(), from + LOOK_AHEAD));
		var rest = THE.matcher(window.strip()).replaceFirst("");
		var lower = rest.substring(0, Math.min(rest.length(), 80)).toLowerCase(Locale.ROOT);
		var places = lower.isEmpty() ? null : this.byFirstLetter.get(lower.charAt(0));
		if (places == null) {
			return null;
		}
		for (int i : places) {
			var name = this.names.get(i);
			var candidate = this.lowerNames.get(i);
			if (lower.startsWith(candidate) && (lower.length() == candidate.length()
					|| !Character.isLetter(lower.charAt(candidate.length())))) {
				return rest.substring(0, name.length());
			}
		}
		return null;
	}

}
