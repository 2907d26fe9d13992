package org.plenary.correspondence;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the room a letter names, however it writes it ("the Trusteeship Council Chamber",
 * "Trusteeship Council", "CR 4", "Conf. Room 4", "ECOSOC Chamber", "Economic and Social
 * Council Chamber"), and gives its full name.
 */
final class RoomReader {

	/**
	 * A room: its pattern on lowered text, its name, the words its pattern starts with,
	 * and its hints (in lower case): the pattern is tried only where a hint is in the
	 * text, and there only where one of its starting words starts a word — most sentences
	 * name no room, and a pattern starting with a word boundary is otherwise tried at
	 * every character.
	 */
	private record Room(Pattern pattern, String name, List<String> starts, String... hints) {

		boolean mayBeIn(String lower) {
			for (var hint : this.hints) {
				if (lower.contains(hint)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * Where the pattern matches in lowered text, in order, as {@code find()} would
		 * find them: tried only where one of its starting words starts a word, not at
		 * every character of the sentence.
		 */
		void matches(String lower, java.util.function.Consumer<Matcher> each) {
			int[] at = new int[8];
			int count = 0;
			for (var start : this.starts) {
				for (int i = lower.indexOf(start); i >= 0; i = lower.indexOf(start, i + 1)) {
					if (LetterExtractor.startsAWord(lower, i)) {
						if (count == at.length) {
							at = java.util.Arrays.copyOf(at, count * 2);
						}
						at[count++] = i;
					}
				}
			}
			if (count == 0) {
				return;
			}
			java.util.Arrays.sort(at, 0, count);
			var m = this.pattern.matcher(lower).useTransparentBounds(true);
			int from = 0;
			for (int k = 0; k < count; k++) {
				if (at[k] >= from && m.region(at[k], lower.length()).lookingAt()) {
					each.accept(m);
					from = m.end();
				}
			}
		}

	}

	private static final List<Room> ROOMS = List.of(
			new Room(Pattern.compile("\\btrusteeship\\s+council(?:\\s+chamber)?\\b"), "Trusteeship Council Chamber",
					List.of("trusteeship"), "trusteeship"),
			new Room(Pattern.compile("\\b(?:ecosoc|economic\\s+and\\s+social\\s+council)\\s+chamber\\b|\\becosoc\\b"),
					"ECOSOC Chamber", List.of("ecosoc", "economic"), "ecosoc", "economic"),
			new Room(Pattern.compile("\\bgeneral\\s+assembly\\s+hall\\b|\\bga\\s+hall\\b"), "General Assembly Hall",
					List.of("general", "ga"), "hall"),
			new Room(Pattern.compile("\\bsecurity\\s+council\\s+chamber\\b"), "Security Council Chamber",
					List.of("security"), "security council"),
			new Room(Pattern.compile(
					"\\b(?:Conference|Conf\\.?)\\s+(?:Room|Rm\\.?)\\s*(\\d{1,2}[A-Z]?|[A-E])\\b|\\bCR(?:\\s|-)?(\\d{1,2}|[A-E]\\b)\\b",
					Pattern.CASE_INSENSITIVE), "Conference Room %s", List.of("conf", "cr"), "conf", "cr"),
			// A room of the Palais des Nations in Geneva: "Room XVIII of the Palais des
			// Nations".
			new Room(
					Pattern.compile("\\broom\\s+([xvil]{1,7})\\s+(?:of|at|in)\\s+the\\s+palais\\s+des\\s+nations\\b()"),
					"Room %s, Palais des Nations, Geneva", List.of("room"), "palais"),
			// A room of the Secretariat building: "Room S-2723".
			new Room(Pattern.compile("\\broom\\s+(s-\\d{3,4}[a-z]?)\\b()"), "Room %s", List.of("room"), "room s-"));

	private static final Pattern VIRTUAL = Pattern.compile(
			"\\b(?:virtual(?:ly)?|online|by video(?:-| )?conference|via (?:WebEx|Zoom|Microsoft Teams|Teams))\\b",
			Pattern.CASE_INSENSITIVE);

	private RoomReader() {
	}

	/** The first room the text names, by its full name. */
	static @Nullable String find(String text) {
		var lower = text.toLowerCase(java.util.Locale.ROOT);
		if (!lower.contains("trusteeship") && !lower.contains("ecosoc") && !lower.contains("social council")
				&& !lower.contains("hall") && !lower.contains("chamber") && !lower.contains("conf")
				&& !lower.contains("room s-") && !lower.contains("palais") && !mentionsCr(lower)) {
			return null;
		}
		String found = null;
		int at = Integer.MAX_VALUE;
		// The patterns are written in lower case and run on the lowered text: faster than
		// case-insensitive ones.
		for (var room : ROOMS) {
			if (!room.mayBeIn(lower)) {
				continue;
			}
			Matcher m = room.pattern().matcher(lower);
			if (m.find() && m.start() < at) {
				at = m.start();
				found = nameOf(room, m);
			}
		}
		return found;
	}

	/** A room named in a text, and where. */
	record Named(int start, int end, String name) {
	}

	/**
	 * The cities where the United Nations meets away from Headquarters, with their
	 * States: its offices and regional commissions, and the seats of its conferences'
	 * hosts most often named in the Assembly's letters.
	 */
	private static final java.util.Map<String, String> CITIES = java.util.Map.ofEntries(
			java.util.Map.entry("geneva", "Switzerland"), java.util.Map.entry("vienna", "Austria"),
			java.util.Map.entry("nairobi", "Kenya"), java.util.Map.entry("addis ababa", "Ethiopia"),
			java.util.Map.entry("bangkok", "Thailand"), java.util.Map.entry("beirut", "Lebanon"),
			java.util.Map.entry("santiago", "Chile"), java.util.Map.entry("bonn", "Germany"),
			java.util.Map.entry("the hague", "Netherlands"), java.util.Map.entry("rome", "Italy"),
			java.util.Map.entry("paris", "France"));

	/**
	 * "in Geneva", "at Addis Ababa, Ethiopia": a meeting's city, not the name of a text
	 * ("the Vienna Declaration", "the Paris Agreement").
	 */
	private static final Pattern CITY = Pattern.compile("\\b(?:in|at)\\s+("
			+ String.join("|", CITIES.keySet().stream().sorted().toList()) + ")\\b(?:,\\s+("
			+ String.join("|",
					CITIES.values().stream().map((c) -> c.toLowerCase(java.util.Locale.ROOT)).sorted().toList())
			+ ")\\b)?(?!\\s+(?:convention|declaration|consensus|programme|plan|agenda|agreement|accord|principles|group|office)\\b)");

	/**
	 * Whether a venue the reader gave is a city, which a room named later makes exact.
	 */
	static boolean isCity(@Nullable String venue) {
		return venue != null && CITIES.containsKey(venue.split(",")[0].strip().toLowerCase(java.util.Locale.ROOT));
	}

	private static void cities(String lower, String text, java.util.List<Named> found) {
		var m = CITY.matcher(lower);
		while (m.find()) {
			var city = text.substring(m.start(1), m.end(1));
			var name = Character.isUpperCase(city.charAt(0)) ? city : titled(m.group(1));
			var state = m.group(2) == null ? null : text.substring(m.start(2), m.end(2));
			found.add(new Named(m.start(1), m.end(), state == null ? name : name + ", " + state));
		}
	}

	private static String titled(String words) {
		var out = new StringBuilder();
		for (var word : words.split(" ")) {
			out.append(out.isEmpty() ? "" : " ")
				.append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1));
		}
		return out.toString();
	}

	/**
	 * Every room the text names, in order, and the city of a meeting held away from New
	 * York.
	 */
	static java.util.List<Named> findAll(String text) {
		var lower = text.toLowerCase(java.util.Locale.ROOT);
		var found = new java.util.ArrayList<Named>();
		if (lower.length() != text.length()) {
			var one = find(text);
			return one == null ? found : java.util.List.of(new Named(0, 0, one));
		}
		if (mayNameACity(lower)) {
			cities(lower, text, found);
		}
		for (var room : ROOMS) {
			if (!room.mayBeIn(lower)) {
				continue;
			}
			room.matches(lower, (m) -> found.add(new Named(m.start(), m.end(), nameOf(room, m))));
		}
		found.sort(java.util.Comparator.comparingInt(Named::start));
		return found;
	}

	/** Whether a city's name may stand in the text: the cheap look before the pattern. */
	private static boolean mayNameACity(String lower) {
		for (var city : CITIES.keySet()) {
			if (lower.contains(city)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "CR 4", "CR4", "CR-11": "cr" standing alone before a number, not inside
	 * "secretariat".
	 */
	private static boolean mentionsCr(String lower) {
		for (int i = lower.indexOf("cr"); i >= 0; i = lower.indexOf("cr", i + 2)) {
			boolean alone = i == 0 || !Character.isLetter(lower.charAt(i - 1));
			int after = i + 2;
			while (after < lower.length() && (lower.charAt(after) == ' ' || lower.charAt(after) == '-')) {
				after++;
			}
			if (alone && after < lower.length() && Character.isDigit(lower.charAt(after))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A room's name, with the number or letter its pattern read ("Conference Room 4").
	 */
	private static String nameOf(Room room, Matcher m) {
		return room.name().contains("%s")
				? room.name()
					.formatted((m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(java.util.Locale.ROOT))
				: room.name();
	}

	static boolean isVirtual(String text) {
		return VIRTUAL.matcher(text).find();
	}

}
