package org.plenary.speakers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.Csv;

/**
 * After the meeting: who spoke, in which order, for how long; and the time each
 * delegation and each group (through those speaking on its behalf) had the floor.
 */
public record SpeakersReport(UUID meeting, List<InscriptionView> spoken, Map<String, Long> byDelegation,
		Map<String, Long> byGroup, long totalMs) {

	/** Meetings are held at Headquarters: the report's times are New York's. */
	public static final ZoneId ZONE = ZoneId.of("America/New_York");

	/** The report of a list as it stands. */
	public static SpeakersReport of(SpeakersListView list) {
		var spoken = java.util.stream.Stream.of(list.statements(), list.replies(), list.pointsOfOrder())
			.flatMap(List::stream)
			.filter((e) -> e.startedAt() != null)
			.sorted(Comparator.comparing(InscriptionView::startedAt))
			.toList();
		var byDelegation = new LinkedHashMap<String, Long>();
		var byGroup = new LinkedHashMap<String, Long>();
		for (var entry : spoken) {
			byDelegation.merge(entry.name(), entry.usedMs(), Long::sum);
			if (entry.onBehalfOf() != null) {
				byGroup.merge(entry.onBehalfOf(), entry.usedMs(), Long::sum);
			}
		}
		return new SpeakersReport(list.meeting(), spoken, byDelegation, byGroup,
				spoken.stream().mapToLong(InscriptionView::usedMs).sum());
	}

	/**
	 * A moment of the report as the page and the CSV both show it: in New York, to the
	 * second.
	 */
	public ZonedDateTime at(Instant moment) {
		return moment.atZone(ZONE).truncatedTo(ChronoUnit.SECONDS);
	}

	/** A time used, in whole seconds, as the page and the CSV both count it. */
	public long seconds(long ms) {
		return Math.round(ms / 1000.0);
	}

	/**
	 * The report as CSV (RFC 4180): one line per turn on the floor, with no cell a
	 * spreadsheet could take for a formula; times in New York with their offset, to the
	 * second, as the page shows them.
	 */
	public String csv() {
		var out = new StringBuilder(
				"order,delegation,name,on_behalf_of,kind,status,started_at,ended_at,seconds_used\r\n");
		int order = 1;
		for (var entry : this.spoken) {
			out.append(Csv.line(java.util.Arrays.asList(Integer.toString(order++), entry.delegation(), entry.name(),
					entry.onBehalfOf(), entry.kind().toString(), entry.status().toString(), stamp(entry.startedAt()),
					(entry.endedAt() == null) ? null : stamp(entry.endedAt()),
					Long.toString(seconds(entry.usedMs())))));
		}
		return out.toString();
	}

	private String stamp(@Nullable Instant moment) {
		return moment == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at(moment));
	}

}
