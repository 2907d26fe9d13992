package org.plenary.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessId;
import org.plenary.system.InvalidValue;

/**
 * One convened meeting of a process. It guards its own transitions: a held or cancelled
 * meeting never changes, a meeting is held only once its day has come, and every change
 * raises the sequence number that calendar clients use to replace what they have.
 */
@Entity
@Table(name = "schedule_meeting")
class Meeting {

	@Id
	private UUID id;

	@Column(name = "process_id", nullable = false)
	private UUID processId;

	@Column(nullable = false)
	private String format;

	@Embedded
	private Slot slot;

	@Column(name = "venue_id")
	private @Nullable UUID venueId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingMode mode;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "schedule_meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	@Column(name = "topic_id", nullable = false)
	private List<UUID> topics = new ArrayList<>();

	private @Nullable String agenda;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingStatus status;

	private @Nullable String note;

	private @Nullable String series;

	@Column(name = "expected_attendance")
	private @Nullable Integer expectedAttendance;

	@Column(name = "open_to_public")
	private boolean openToPublic;

	@Column(name = "sequence_number")
	private int sequence;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	// Null until saved, so that saving a new one persists it rather than merging it (a
	// read of its id first): Spring Data and Hibernate tell a new aggregate by its
	// missing version.
	@Version
	private @Nullable Long version;

	@SuppressWarnings("NullAway.Init")
	protected Meeting() {
	}

	Meeting(ProcessId process, MeetingDetails details, MeetingStatus status, Instant now) {
		if (status != MeetingStatus.PROVISIONAL && status != MeetingStatus.CONFIRMED) {
			throw new InvalidValue("A new meeting is provisional or confirmed.", "refusal.schedule.newMeetingStatus");
		}
		this.id = UUID.randomUUID();
		this.processId = process.value();
		this.status = status;
		this.createdAt = now;
		apply(details, now);
		this.sequence = 0;
	}

	MeetingId id() {
		return new MeetingId(this.id);
	}

	ProcessId process() {
		return new ProcessId(this.processId);
	}

	Slot slot() {
		return this.slot;
	}

	@Nullable VenueId venue() {
		return this.venueId == null ? null : new VenueId(this.venueId);
	}

	MeetingStatus status() {
		return this.status;
	}

	long version() {
		return this.version == null ? 0 : this.version;
	}

	String format() {
		return this.format;
	}

	boolean occupies(Slot other) {
		return this.status.occupiesItsSlot() && this.slot.overlaps(other);
	}

	MeetingDetails details() {
		return new MeetingDetails(this.format, this.slot, venue(), this.mode, this.topics, this.agenda, this.note,
				this.series, this.expectedAttendance, this.openToPublic);
	}

	/**
	 * Changes what the facilitators set; returns what changed, in words, or an empty list
	 * when nothing did.
	 */
	List<String> change(MeetingDetails details, Instant now) {
		refuseIfClosed();
		var before = details();
		var changes = differences(before, details);
		if (!changes.isEmpty()) {
			apply(details, now);
			this.sequence++;
		}
		return changes;
	}

	/**
	 * Moves the meeting to a new slot, or, without one, marks it postponed until a new
	 * date is set: the old date is no longer a meeting.
	 */
	void postponeTo(@Nullable Slot newSlot, Instant now) {
		refuseIfClosed();
		if (newSlot == null) {
			this.status = MeetingStatus.POSTPONED;
		}
		else {
			this.slot = newSlot;
			if (this.status == MeetingStatus.POSTPONED) {
				this.status = MeetingStatus.PROVISIONAL;
			}
		}
		touch(now);
	}

	MeetingCancelled cancel(String reason, Instant now) {
		// A held meeting belongs to the record of the process; a cancelled one is
		// replaced, not revived.
		refuseIfClosed();
		this.status = MeetingStatus.CANCELLED;
		touch(now);
		return new MeetingCancelled(id(), process(), reason);
	}

	void confirm(Instant now) {
		if (this.status != MeetingStatus.PROVISIONAL) {
			throw new MeetingClosed(id(), this.status, MeetingClosed.Action.CONFIRM);
		}
		this.status = MeetingStatus.CONFIRMED;
		touch(now);
	}

	void markHeld(LocalDate today, Instant now) {
		if (!this.status.occupiesItsSlot()) {
			throw new MeetingClosed(id(), this.status, MeetingClosed.Action.MARK_AS_HELD);
		}
		if (this.slot.heldOn().isAfter(today)) {
			throw new InvalidValue("A meeting is held on or after its day, not before: " + this.slot.heldOn(),
					"refusal.schedule.heldBeforeItsDay", this.slot.heldOn());
		}
		this.status = MeetingStatus.HELD;
		touch(now);
	}

	MeetingView toView(MeetingView.Names names) {
		return new MeetingView(id(), process(), names.process(process()), this.format, this.slot, venue(),
				this.venueId == null ? null : names.venue(new VenueId(this.venueId)), this.mode,
				this.topics.stream().map((t) -> new MeetingView.TopicLine(t, names.topic(process(), t))).toList(),
				this.agenda, this.status, this.note, this.series, this.expectedAttendance, this.openToPublic,
				this.sequence, this.createdAt, this.updatedAt, version());
	}

	private void refuseIfClosed() {
		if (this.status.isClosed()) {
			throw new MeetingClosed(id(), this.status, MeetingClosed.Action.CHANGE);
		}
	}

	private void apply(MeetingDetails details, Instant now) {
		this.format = details.format();
		this.slot = details.slot();
		this.venueId = details.venue() == null ? null : details.venue().value();
		this.mode = details.mode();
		this.topics = new ArrayList<>(details.topics());
		this.agenda = details.agenda();
		this.note = details.note();
		this.series = details.series();
		this.expectedAttendance = details.expectedAttendance();
		this.openToPublic = details.openToPublic();
		this.updatedAt = now;
	}

	private void touch(Instant now) {
		this.sequence++;
		this.updatedAt = now;
	}

	private static List<String> differences(MeetingDetails a, MeetingDetails b) {
		var changes = new ArrayList<String>();
		if (!a.slot().heldOn().equals(b.slot().heldOn())) {
			changes.add("date " + a.slot().heldOn() + " → " + b.slot().heldOn());
		}
		if (!a.slot().times().equals(b.slot().times())) {
			changes.add("time " + blankAsNone(a.slot().times()) + " → " + blankAsNone(b.slot().times()));
		}
		if (!Objects.equals(a.venue(), b.venue()) || a.mode() != b.mode()) {
			changes.add("venue");
		}
		if (!a.format().equals(b.format())) {
			changes.add("format " + a.format() + " → " + b.format());
		}
		if (!a.topics().equals(b.topics()) || !Objects.equals(a.agenda(), b.agenda())) {
			changes.add("topics");
		}
		if (!Objects.equals(a.note(), b.note()) || !Objects.equals(a.series(), b.series())
				|| !Objects.equals(a.expectedAttendance(), b.expectedAttendance())
				|| a.openToPublic() != b.openToPublic()) {
			changes.add("details");
		}
		return changes;
	}

	private static String blankAsNone(String text) {
		return text.isEmpty() ? "none" : text;
	}

}
