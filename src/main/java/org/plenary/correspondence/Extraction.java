package org.plenary.correspondence;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * What a careful reader takes from a letter, in the shape of
 * {@code shared/seeds/*.expected.json}: the date of the first letter, the process, who
 * wrote, to whom, the dates of every letter in the file, the meetings announced, the
 * decisions, resolutions and earlier letters referred to, and the rules stated. Fields
 * the letter does not state are null.
 */
@JsonPropertyOrder({ "date", "process", "senders", "addressees", "letters", "meetings", "references", "rules" })
public record Extraction(@Nullable String date, @Nullable String process, List<Sender> senders,
		@Nullable String addressees, List<String> letters, List<Meeting> meetings, References references,
		@Nullable Rules rules) {

	/**
	 * Who signed: name, role ("Co-Chair", "President of the General Assembly") and State.
	 */
	@JsonPropertyOrder({ "name", "role", "country" })
	public record Sender(String name, @Nullable String role, @Nullable String country) {
	}

	/** A meeting the letter announces; times as "10:00", New York time. */
	@JsonPropertyOrder({ "date", "start", "end", "venue", "format", "topic", "status" })
	public record Meeting(String date, @Nullable String start, @Nullable String end, @Nullable String venue,
			@Nullable String format, @Nullable String topic, String status) {
	}

	/**
	 * Decisions ("62/557"), resolutions ("71/280") and earlier letters (their dates) the
	 * letter refers to.
	 */
	@JsonPropertyOrder({ "decisions", "resolutions", "letters" })
	public record References(List<String> decisions, List<String> resolutions, List<String> letters) {
	}

	/**
	 * Rules the letter states: "limit their interventions to a maximum of three minutes".
	 */
	public record Rules(@JsonProperty("intervention_limit_minutes") @Nullable Integer interventionLimitMinutes) {
	}

}
