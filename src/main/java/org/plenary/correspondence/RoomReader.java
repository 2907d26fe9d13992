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
	 * A room's pattern, tried only where one of its hints (in lower case) is in the text:
	 * most sentences name no room, and a pattern starting with a word boundary is tried
	 * at every character.
	 */
	private record Room(Pattern pattern, String name, String... hints) {

		boolean mayBeIn(String lower) {
			for (var hint : this.hints) {
				if (lower.contains(hint)) {
					return true;
				}
			}
			return false;
		}

	}

	private static final List<Room> ROOMS = List.of(
			new Room(Pattern.compile("\\btrusteeship\\s+council(?:\\s+chamber)?\\b"), "Trusteeship Council Chamber",
					"trusteeship"),
			new Room(Pattern.compile("\\b(?:ecosoc|economic\\s+and\\s+social\\s+council)\\s+chamber\\b|\\becosoc\\b"),
					"ECOSOC Chamber", "ecosoc", "economic"),
			new Room(Pattern.compile("\\bgeneral\\s+assembly\\s+hall\\b|\\bga\\s+hall\\b"), "General Assembly Hall",
					"hall"),
			new Room(Pattern.compile("\\bsecurity\\s+council\\s+chamber\\b"), "Security Council Chamber",
					"security council"),
			new Room(Pattern.compile(
					"\\b(?:Conference|Conf\\.?)\\s+(?:Room|Rm\\.?)\\s*(\\d{1,2}[A-Z]?|[A-E])\\b|\\bCR\\s?(\\d{1,2}|[A-E]\\b)\\b",
					Pattern.CASE_INSENSITIVE), "Conference Room %s", "conf", "cr"),
			// A room of the Palais des Nations in Geneva: "Room XVIII of the Palais des
			// Nations".
			new Room(
					Pattern.compile("\\broom\\s+([xvil]{1,7})\\s+(?:of|at|in)\\s+the\\s+palais\\s+des\\s+nations\\b()"),
					"Room %s, Palais des Nations, Geneva", "palais"),
			// A room of the Secretariat building: "Room S-2723".
			new Room(Pattern.compile("\\broom\\s+(s-\\d{3,4}[a-z]?)\\b()"), "Room %s", "room s-"));

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
				found = room.name().contains("%s") ? room.name()
					.formatted((m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(java.util.Locale.ROOT))
						: room.name();
			}
		}
		return found;
	}

	/** A room named in a text, and where. */
	record Named(int start, int end, String name) {
	}

	/** Every room the text names, in order. */
	static java.util.List<Named> findAll(String text) {
		var lower = text.toLowerCase(java.util.Locale.ROOT);
		var found = new java.util.ArrayList<Named>();
		if (lower.length() != text.length()) {
			var one = find(text);
			return one == null ? found : java.util.List.of(new Named(0, 0, one));
		}
		for (var room : ROOMS) {
			if (!room.mayBeIn(lower)) {
				continue;
			}
			Matcher m = room.pattern().matcher(lower);
			while (m.find()) {
				var name = room.name().contains("%s") ? room.name()
					.formatted((m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(java.util.Locale.ROOT))
						: room.name();
				found.add(new Named(m.start(), m.end(), name));
			}
		}
		found.sort(java.util.Comparator.comparingInt(Named::start));
		return found;
	}

	/** "CR 4", "CR4": "cr" standing alone before a number, not inside "secretariat". */
	private static boolean mentionsCr(String lower) {
		for (int i = lower.indexOf("cr"); i >= 0; i = lower.indexOf("cr", i + 2)) {
			boolean alone = i == 0 || !Character.isLetter(lower.charAt(i - 1));
			int after = i + 2;
			while (after < lower.length() && lower.charAt(after) == ' ') {
				after++;
			}
			if (alone && after < lower.length() && Character.isDigit(lower.charAt(after))) {
				return true;
			}
		}
		return false;
	}

	static boolean isVirtual(String text) {
		return VIRTUAL.matcher(text).find();
	}

}
