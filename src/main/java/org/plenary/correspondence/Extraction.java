package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * What a careful reader takes from a letter: the date of the first letter, the process,
 * who wrote, to whom, the dates of every letter in the file, the meetings announced, the
 * decisions, resolutions and earlier letters referred to, and the rules stated. Fields
 * the letter does not state are null. As JSON it keeps the shape of
 * {@code shared/seeds/*.expected.json}: dates as "2018-02-20", times as "10:00", a
 * meeting's status as its word ("provisional").
 */
@JsonPropertyOrder({ "date", "process", "senders", "addressees", "letters", "meetings", "references", "rules" })
public record Extraction(@JsonFormat(pattern = "yyyy-MM-dd") @Nullable LocalDate date, @Nullable String process,
		List<Sender> senders, @Nullable String addressees, @JsonFormat(pattern = "yyyy-MM-dd") List<LocalDate> letters,
		List<Meeting> meetings, References references, @Nullable Rules rules) {

	public Extraction {
		senders = List.copyOf(senders);
		letters = List.copyOf(letters);
		meetings = List.copyOf(meetings);
	}

	/** The same extraction with other senders (matched against the register). */
	public Extraction withSenders(List<Sender> senders) {
		return new Extraction(this.date, this.process, senders, this.addressees, this.letters, this.meetings,
				this.references, this.rules);
	}

	/**
	 * Who signed: name, role ("Co-Chair", "President of the General Assembly") and State.
	 */
	@JsonPropertyOrder({ "name", "role", "country", "match" })
	public record Sender(String name, @Nullable String role, @Nullable String country,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Match match) {

		public Sender(String name, @Nullable String role, @Nullable String country) {
			this(name, role, country, null);
		}

		/**
		 * The name as the letter writes it, before any match put the register's; the name
		 * itself where the letter does not write one.
		 */
		public String written() {
			return this.match != null && this.match.written() != null ? this.match.written() : this.name;
		}

		/**
		 * Whether the letter does not write this sender's name, which a rule supplied
		 * (the President of the letter's date, for a letter on the President's
		 * letterhead).
		 */
		public boolean supplied() {
			return this.match != null && this.match.written() == null;
		}

	}

	/**
	 * A signer's name as the letter writes it, matched to a person the register knows (a
	 * President of the Assembly or a process's facilitator) with a confidence from 0 to
	 * 100. When {@link #applied()}, the sender's name is the register's; otherwise the
	 * match is only a suggestion for the reviewer.
	 *
	 * @param written the name as written ("Nevill Gertze"); none where the letter does
	 * not write it and a rule supplied the person (the President of the letter's date,
	 * for a letter on the President's letterhead signed unreadably or not at all), with
	 * the confidence the rule has
	 * @param person the register's name ("Neville Gertze")
	 * @param confidence how sure the match is: 100 for the same words but for case and
	 * accents
	 * @param role what the register knows the person as: {@code PRESIDENT} or a
	 * facilitator role ({@code CO_FACILITATOR}, …)
	 * @param session the session the person held that role in
	 * @param process the process's short name, for a facilitator; the mandate as its
	 * source names it, for a person an earlier President appointed
	 */
	@JsonPropertyOrder({ "written", "person", "confidence", "applied", "role", "session", "process" })
	public record Match(@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String written, String person,
			int confidence, boolean applied, String role, int session,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String process) {
	}

	/** A meeting the letter announces, New York time. */
	@JsonPropertyOrder({ "date", "start", "end", "venue", "format", "topic", "status" })
	public record Meeting(@JsonFormat(pattern = "yyyy-MM-dd") LocalDate date,
			@JsonFormat(pattern = "HH:mm") @Nullable LocalTime start,
			@JsonFormat(pattern = "HH:mm") @Nullable LocalTime end, @Nullable String venue, @Nullable String format,
			@Nullable String topic, Status status) {

	}

	/**
	 * Where a meeting stands as the letter says it: scheduled (it will be held),
	 * provisional ("tentatively"), postponed (its date no longer holds), cancelled, or
	 * held (it took place). Written in JSON as the lower-case word.
	 */
	public enum Status {

		SCHEDULED, PROVISIONAL, POSTPONED, CANCELLED, HELD;

		/** The word, as the JSON writes it: "provisional". */
		@JsonValue
		public String word() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Decisions ("62/557"), resolutions ("71/280") and earlier letters (their dates) the
	 * letter refers to.
	 */
	@JsonPropertyOrder({ "decisions", "resolutions", "letters" })
	public record References(List<String> decisions, List<String> resolutions,
			@JsonFormat(pattern = "yyyy-MM-dd") List<LocalDate> letters) {
	}

	/**
	 * Rules the letter states: "limit their interventions to a maximum of three minutes".
	 */
	public record Rules(@JsonProperty("intervention_limit_minutes") @Nullable Integer interventionLimitMinutes) {
	}

}
