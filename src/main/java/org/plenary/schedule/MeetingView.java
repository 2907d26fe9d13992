package org.plenary.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessId;

/**
 * One meeting as pages, feeds and other modules see it, with the names of its process,
 * room and topics.
 */
public record MeetingView(MeetingId id, ProcessId process, ProcessName processName, String format, Slot slot,
		@Nullable VenueId venue, @Nullable String venueName, MeetingMode mode, List<TopicLine> topics,
		@Nullable String agenda, MeetingStatus status, @Nullable String note, @Nullable String series,
		@Nullable Integer expectedAttendance, boolean openToPublic, int sequence, Instant createdAt, Instant updatedAt,
		long version) {

	/** A process as a meeting names it: "IGN", at /processes/ign. */
	public record ProcessName(String shortName, String name, String slug) {
	}

	/** A topic of the process that the meeting discusses. */
	public record TopicLine(UUID id, String title) {
	}

	/** The names a meeting needs to be shown; the door looks them up once per page. */
	interface Names {

		ProcessName process(ProcessId process);

		String venue(VenueId venue);

		String topic(ProcessId process, UUID topic);

	}

	/**
	 * What the meeting discusses, as the seeds' tables write it: its topics, consecutive
	 * numbered ones in a range ("Objectives 1-6", seed 004), then the agenda line. A
	 * topic the agenda line names already is not said twice ("Implementation, Follow up
	 * and Review", not "Implementation; Implementation, Follow up and Review").
	 */
	public String subject() {
		return subject(this.topics.stream().map(TopicLine::title).toList(), this.agenda);
	}

	static String subject(List<String> topics, @Nullable String agenda) {
		var line = agenda == null ? "" : agenda.strip();
		var folded = line.toLowerCase(java.util.Locale.ROOT);
		var unsaid = topics.stream()
			.filter((t) -> !folded.contains(t.strip().toLowerCase(java.util.Locale.ROOT)))
			.toList();
		return Stream.concat(abridged(unsaid).stream(), line.isEmpty() ? Stream.empty() : Stream.of(line))
			.collect(Collectors.joining("; "));
	}

	private static final Pattern NUMBERED = Pattern.compile("(\\p{L}+) (\\d+):.*");

	/**
	 * "Objective 1: …", "Objective 2: …", "Objective 3: …" → "Objectives 1-3"; a lone one
	 * keeps its title.
	 */
	static List<String> abridged(List<String> titles) {
		var result = new ArrayList<String>();
		int i = 0;
		while (i < titles.size()) {
			var first = NUMBERED.matcher(titles.get(i));
			if (!first.matches()) {
				result.add(titles.get(i++));
				continue;
			}
			int from = Integer.parseInt(first.group(2));
			int to = from;
			int j = i + 1;
			while (j < titles.size()) {
				var next = NUMBERED.matcher(titles.get(j));
				if (!next.matches() || !next.group(1).equals(first.group(1))
						|| Integer.parseInt(next.group(2)) != to + 1) {
					break;
				}
				to++;
				j++;
			}
			result.add(to == from ? titles.get(i) : "%ss %d-%d".formatted(first.group(1), from, to));
			i = j;
		}
		return result;
	}

	/** Where, as a person reads it: the room, "Virtual", or "Room to be announced". */
	public String place() {
		if (this.mode == MeetingMode.VIRTUAL) {
			return "Virtual";
		}
		var room = this.venueName == null ? "Room to be announced" : this.venueName;
		return this.mode == MeetingMode.HYBRID ? room + " and online" : room;
	}

	/**
	 * What a calendar calls the meeting: the process and its topics ("IGN — The question
	 * of the veto"), else its agenda line, else its format.
	 */
	public String summary() {
		var topics = String.join("; ", abridged(this.topics.stream().map(TopicLine::title).toList()));
		var what = !topics.isBlank() ? topics
				: this.agenda != null && !this.agenda.isBlank() ? this.agenda.strip() : this.format;
		return this.processName.shortName() + " — " + what;
	}

	/** A short title for lists: "IGN — informal meeting". */
	public String title() {
		return this.processName.shortName() + " — " + this.format;
	}

}
