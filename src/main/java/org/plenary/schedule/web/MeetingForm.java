package org.plenary.schedule.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessId;
import org.plenary.schedule.MeetingDetails;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Slot;
import org.plenary.schedule.StandardSlot;
import org.plenary.schedule.VenueId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The meeting form: one or several dates, the usual slots one click away (morning,
 * afternoon, both) or other times, and what the meetings discuss. The same form edits one
 * meeting.
 */
record MeetingForm(@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) List<LocalDate> dates,
		@NotNull SlotChoice slot, @Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime startsAt,
		@Nullable @DateTimeFormat(pattern = "HH:mm") LocalTime endsAt, @NotBlank @Size(max = 120) String format,
		@Nullable UUID venue, @NotNull MeetingMode mode, @Nullable List<UUID> topics,
		@Size(max = 1000) @Nullable String agenda, @Size(max = 500) @Nullable String note,
		@Size(max = 200) @Nullable String series, @Nullable @Min(1) @Max(5000) Integer expectedAttendance,
		@Nullable Boolean openToPublic, @Nullable Boolean confirmed, @Size(max = 500) @Nullable String overrideReason,
		@Nullable Long version) {

	enum SlotChoice {

		MORNING, AFTERNOON, BOTH, OTHER, NOT_YET

	}

	static MeetingForm empty() {
		return new MeetingForm(List.of(), SlotChoice.MORNING, null, null, "", null, MeetingMode.IN_PERSON, List.of(),
				null, null, null, null, true, false, null, 0L);
	}

	/**
	 * The form as it was typed, when a value could not be read (a date that is no date,
	 * or out of range) and the form itself could not be made: every value that can be
	 * read is kept, the unreadable ones are left empty, so that nothing else is lost.
	 */
	static MeetingForm asTyped(java.util.Map<String, String[]> typed) {
		return new MeetingForm(all(typed, "dates", LocalDate::parse),
				one(typed, "slot", SlotChoice::valueOf, SlotChoice.MORNING),
				one(typed, "startsAt", LocalTime::parse, null), one(typed, "endsAt", LocalTime::parse, null),
				one(typed, "format", (v) -> v, ""), one(typed, "venue", UUID::fromString, null),
				one(typed, "mode", MeetingMode::valueOf, MeetingMode.IN_PERSON), all(typed, "topics", UUID::fromString),
				one(typed, "agenda", (v) -> v, null), one(typed, "note", (v) -> v, null),
				one(typed, "series", (v) -> v, null), one(typed, "expectedAttendance", Integer::valueOf, null),
				one(typed, "openToPublic", Boolean::valueOf, false), one(typed, "confirmed", Boolean::valueOf, false),
				one(typed, "overrideReason", (v) -> v, null), one(typed, "version", Long::valueOf, null));
	}

	private static <T> @Nullable T one(java.util.Map<String, String[]> typed, String name,
			java.util.function.Function<String, T> read, @Nullable T otherwise) {
		var values = typed.get(name);
		if (values == null || values.length == 0 || values[0].isBlank()) {
			return otherwise;
		}
		try {
			return read.apply(values[0].strip());
		}
		catch (RuntimeException unreadable) {
			return otherwise;
		}
	}

	private static <T> List<T> all(java.util.Map<String, String[]> typed, String name,
			java.util.function.Function<String, T> read) {
		var read1 = new ArrayList<T>();
		for (var value : typed.getOrDefault(name, new String[0])) {
			try {
				var item = read.apply(value.strip());
				if (!(item instanceof LocalDate date) || org.plenary.system.Dates.inRange(date)) {
					read1.add(item);
				}
			}
			catch (RuntimeException unreadable) {
				// Left empty: the error beside the field says why.
			}
		}
		return read1;
	}

	static MeetingForm of(MeetingView meeting) {
		var slot = meeting.slot();
		var choice = !slot.hasTimes() ? SlotChoice.NOT_YET : StandardSlot.MORNING.on(slot.heldOn()).equals(slot)
				? SlotChoice.MORNING
				: StandardSlot.AFTERNOON.on(slot.heldOn()).equals(slot) ? SlotChoice.AFTERNOON : SlotChoice.OTHER;
		return new MeetingForm(List.of(slot.heldOn()), choice, slot.startsAt(), slot.endsAt(), meeting.format(),
				meeting.venue() == null ? null : meeting.venue().value(), meeting.mode(),
				meeting.topics().stream().map(MeetingView.TopicLine::id).toList(), meeting.agenda(), meeting.note(),
				meeting.series(), meeting.expectedAttendance(), meeting.openToPublic(), false, null, meeting.version());
	}

	List<LocalDate> chosenDates() {
		return this.dates == null ? List.of()
				: this.dates.stream().filter(Objects::nonNull).distinct().sorted().toList();
	}

	@AssertTrue(message = "Give at least one date.")
	public boolean isDated() {
		return !chosenDates().isEmpty();
	}

	@AssertTrue(message = "Give the start time, and an end after it.")
	public boolean isTimed() {
		return this.slot != SlotChoice.OTHER
				|| (this.startsAt != null && (this.endsAt == null || this.endsAt.isAfter(this.startsAt)));
	}

	PlanMeetings toPlan(ProcessId process) {
		var slots = switch (this.slot) {
			case MORNING -> List.of(StandardSlot.MORNING);
			case AFTERNOON -> List.of(StandardSlot.AFTERNOON);
			case BOTH -> List.of(StandardSlot.MORNING, StandardSlot.AFTERNOON);
			case OTHER, NOT_YET -> List.<StandardSlot>of();
		};
		var other = this.slot == SlotChoice.OTHER;
		return new PlanMeetings(process, chosenDates(), slots, other ? this.startsAt : null, other ? this.endsAt : null,
				this.format, venueId(), this.mode, topicIds(), blank(this.agenda), blank(this.note), blank(this.series),
				this.expectedAttendance, openToPublicTicked(), Boolean.TRUE.equals(this.confirmed),
				blank(this.overrideReason));
	}

	/** The details of the one meeting this form edits (its first date, one slot). */
	MeetingDetails toDetails() {
		var day = chosenDates().get(0);
		var slot = switch (this.slot) {
			case MORNING, BOTH -> StandardSlot.MORNING.on(day);
			case AFTERNOON -> StandardSlot.AFTERNOON.on(day);
			case OTHER -> new Slot(day, this.startsAt, this.endsAt);
			case NOT_YET -> Slot.allDayOf(day);
		};
		return new MeetingDetails(this.format, slot, venueId(), this.mode, topicIds(), blank(this.agenda),
				blank(this.note), blank(this.series), this.expectedAttendance, openToPublicTicked());
	}

	/** An unticked box sends nothing: no value means not ticked. */
	private boolean openToPublicTicked() {
		return Boolean.TRUE.equals(this.openToPublic);
	}

	/**
	 * The version the person saw; a form without one cannot say, so it counts as the
	 * first.
	 */
	long seenVersion() {
		return this.version == null ? 0 : this.version;
	}

	/** The dates padded to three inputs, so the form always offers more. */
	public List<@Nullable LocalDate> dateInputs() {
		var inputs = new ArrayList<@Nullable LocalDate>(chosenDates());
		while (inputs.size() < 3) {
			inputs.add(null);
		}
		return inputs;
	}

	private @Nullable VenueId venueId() {
		return this.venue == null || this.mode == MeetingMode.VIRTUAL ? null : new VenueId(this.venue);
	}

	private List<UUID> topicIds() {
		return this.topics == null ? List.of() : this.topics.stream().filter(Objects::nonNull).toList();
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
