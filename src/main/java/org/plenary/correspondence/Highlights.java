package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;
import org.plenary.system.Said;

/**
 * Where in a letter's text each thing the extractor found stands, for the person who
 * reviews it: the letter's date, the meetings' dates, times and rooms, the senders, the
 * addressees, the process, the references and the time limit. Found again by the same
 * readers of dates, times and rooms the extractor uses, on the same text.
 */
public final class Highlights {

	/** A highlighted run of the text and the field it gave. */
	record Highlight(int start, int end, String field, Said label) {
	}

	private Highlights() {
	}

	static List<Highlight> of(String text, Extraction extraction) {
		var found = new ArrayList<Highlight>();
		var letterDate = extraction.date();
		var letterDates = extraction.letters();
		var referred = extraction.references().letters();
		var meetingsOn = new LinkedHashMap<LocalDate, List<Integer>>();
		// A text without a date of its own ("10 Nov", "27-29 Jan" in a post) gives no
		// year
		// to resolve a day by: its meetings are found by day and month.
		var meetingsOnDay = new LinkedHashMap<MonthDay, List<Integer>>();
		var startsAt = new java.util.HashSet<LocalTime>();
		var venues = new java.util.HashSet<String>();
		for (int i = 0; i < extraction.meetings().size(); i++) {
			var meeting = extraction.meetings().get(i);
			meetingsOn.computeIfAbsent(meeting.date(), (d) -> new ArrayList<>()).add(i + 1);
			meetingsOnDay.computeIfAbsent(MonthDay.from(meeting.date()), (d) -> new ArrayList<>()).add(i + 1);
			if (meeting.start() != null) {
				startsAt.add(meeting.start());
			}
			if (meeting.venue() != null) {
				venues.add(meeting.venue().toLowerCase(Locale.ROOT));
			}
		}
		var datelines = new java.util.HashSet<LocalDate>();
		for (var mention : DateReader.mentions(text)) {
			var days = mention.days()
				.stream()
				.map((d) -> DateReader.resolve(d, letterDate))
				.filter(Objects::nonNull)
				.toList();
			if (days.size() == 1 && mention.hasYear() && letterDates.contains(days.get(0))
					&& datelines.add(days.get(0))) {
				found.add(new Highlight(mention.start(), mention.end(), "date",
						Said.of("imports.highlight.letterDate", "Date of the letter")));
				continue;
			}
			var unresolved = letterDate == null
					? mention.days()
						.stream()
						.filter((d) -> d.year() == null && d.day() <= d.month().maxLength())
						.flatMap((d) -> meetingsOnDay.getOrDefault(MonthDay.of(d.month(), d.day()), List.of()).stream())
					: java.util.stream.Stream.<Integer>empty();
			var meetings = java.util.stream.Stream
				.concat(days.stream().flatMap((d) -> meetingsOn.getOrDefault(d, List.of()).stream()), unresolved)
				.distinct()
				.sorted()
				.map(String::valueOf)
				.toList();
			if (!meetings.isEmpty()) {
				var numbers = String.join(", ", meetings);
				found.add(new Highlight(mention.start(), mention.end(), "meeting",
						meetings.size() == 1 ? Said.of("imports.highlight.meeting", "Meeting " + numbers, numbers)
								: Said.of("imports.highlight.meetings", "Meetings " + numbers, numbers)));
			}
			else if (days.stream().anyMatch(referred::contains)) {
				found.add(new Highlight(mention.start(), mention.end(), "reference",
						Said.of("imports.highlight.earlierLetter", "Earlier letter")));
			}
		}
		for (var times : TimeReader.read(text)) {
			if (startsAt.contains(times.from())) {
				found.add(new Highlight(times.start(), times.end(), "time",
						Said.of("imports.highlight.time", "Time of a meeting")));
			}
		}
		for (var room : RoomReader.findAll(text)) {
			if (room.end() > room.start() && venues.contains(room.name().toLowerCase(Locale.ROOT))) {
				found.add(new Highlight(room.start(), room.end(), "venue", Said.asIs(room.name())));
			}
		}
		for (var sender : extraction.senders()) {
			everywhere(text, sender.written(), false, "sender",
					sender.role() == null ? Said.of("imports.highlight.sender", "Sender")
							: Said.of("imports.highlight.senderAs", "Sender: " + sender.role(), sender.role()),
					found);
		}
		if (extraction.addressees() != null) {
			everywhere(text, extraction.addressees(), false, "addressees",
					Said.of("imports.highlight.addressees", "Addressees"), found);
		}
		if (extraction.process() != null) {
			everywhere(text, extraction.process(), true, "process", Said.of("imports.highlight.process", "Process"),
					found);
		}
		for (var symbol : extraction.references().decisions()) {
			everywhere(text, symbol, false, "reference",
					Said.of("imports.highlight.decision", "Decision " + symbol, symbol), found);
		}
		for (var symbol : extraction.references().resolutions()) {
			everywhere(text, symbol, false, "reference",
					Said.of("imports.highlight.resolution", "Resolution " + symbol, symbol), found);
		}
		if (extraction.rules() != null && extraction.rules().interventionLimitMinutes() != null) {
			var limit = LetterExtractor.TIME_LIMIT.matcher(text);
			while (limit.find()) {
				found.add(new Highlight(limit.start(), limit.end(), "rule",
						Said.of("imports.highlight.timeLimit", "Time limit")));
			}
		}
		return withoutOverlaps(found);
	}

	/**
	 * The text cut into runs, each highlighted with its field or plain: what the review
	 * page prints.
	 */
	static List<Segment> segments(String text, List<Highlight> highlights) {
		var segments = new ArrayList<Segment>();
		int at = 0;
		for (var highlight : highlights) {
			if (highlight.start() > at) {
				segments.add(new Segment(text.substring(at, highlight.start()), null, null, null));
			}
			segments.add(new Segment(text.substring(highlight.start(), highlight.end()), highlight.field(),
					highlight.label().english(), highlight.label()));
			at = highlight.end();
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null, null, null));
		}
		return segments;
	}

	/**
	 * A run of the text, highlighted as a field or plain: its label in English (the
	 * API's) and as a message, for the review page to say in its language.
	 */
	public record Segment(String text, @Nullable String field, @Nullable String label,
			@JsonIgnore @Nullable Said said) {

		/** A plain run of the text. */
		public Segment(String text) {
			this(text, null, null, null);
		}

		/** The label in the language of the page being written. */
		@JsonIgnore
		public @Nullable String labelOnThisPage() {
			return this.said == null ? this.label : this.said.onThisPage();
		}

	}

	private static void everywhere(String text, String wanted, boolean ignoreCase, String field, Said label,
			List<Highlight> found) {
		if (wanted.isBlank()) {
			return;
		}
		var haystack = ignoreCase ? text.toLowerCase(Locale.ROOT) : text;
		var needle = ignoreCase ? wanted.toLowerCase(Locale.ROOT) : wanted;
		if (haystack.length() != text.length()) {
			return;
		}
		for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
			int end = i + needle.length();
			boolean alone = LetterExtractor.startsAWord(text, i)
					&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
			if (alone) {
				found.add(new Highlight(i, end, field, label));
			}
		}
	}

	/** The longest run wins where two overlap. */
	private static List<Highlight> withoutOverlaps(List<Highlight> found) {
		found.sort(Comparator.comparingInt(Highlight::start)
			.thenComparing(Comparator.comparingInt((Highlight h) -> h.end() - h.start()).reversed()));
		var kept = new ArrayList<Highlight>();
		int end = 0;
		for (var highlight : found) {
			if (highlight.start() >= end && highlight.end() > highlight.start()) {
				kept.add(highlight);
				end = highlight.end();
			}
		}
		return kept;
	}

}
