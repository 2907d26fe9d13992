package org.plenary.schedule.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.identity.Actor;
import org.plenary.process.ProcessId;
import org.plenary.schedule.ChangeView;
import org.plenary.schedule.MeetingDetails;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.ProgrammeOfWork;
import org.plenary.schedule.Saved;
import org.plenary.schedule.Slot;
import org.plenary.schedule.StandardSlot;
import org.plenary.schedule.VenueId;
import org.plenary.schedule.VenueView;
import org.plenary.schedule.Venues;
import org.plenary.schedule.Warning;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme of work as JSON: meetings of a process, one meeting, its transitions, the
 * journal, rooms and what a delegation follows. Every save answers the meetings with the
 * warnings of the conflict check; a room taken answers 409 with the same warnings.
 */
@RestController
@RequestMapping("/api")
class MeetingApiController {

	private final Programme programme;

	private final Venues venues;

	private final Clock clock;

	MeetingApiController(Programme programme, Venues venues, Clock clock) {
		this.programme = programme;
		this.venues = venues;
		this.clock = clock;
	}

	/** A process's programme for a session (its current one by default). */
	@GetMapping("/processes/{id}/meetings")
	ProgrammeOfWork meetings(@PathVariable ProcessId id, @RequestParam(required = false) @Nullable Integer session) {
		return this.programme.programmeOfWork(id, session);
	}

	@PostMapping("/processes/{id}/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	Saved plan(@PathVariable ProcessId id, @Valid @RequestBody PlanRequest request, Actor actor) {
		return this.programme.plan(request.toPlan(id), actor);
	}

	@GetMapping("/processes/{id}/changes")
	List<ChangeView> changes(@PathVariable ProcessId id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
		return this.programme.changesSince(id, since);
	}

	@GetMapping("/meetings/{id}")
	MeetingView meeting(@PathVariable MeetingId id) {
		return this.programme.meeting(id);
	}

	@PutMapping("/meetings/{id}")
	Saved change(@PathVariable MeetingId id, @Valid @RequestBody ChangeRequest request, Actor actor) {
		return this.programme.change(id, request.toDetails(), request.version(), request.overrideReason(), actor);
	}

	@PostMapping("/meetings/{id}/check")
	List<Warning> check(@PathVariable MeetingId id, @Valid @RequestBody ChangeRequest request, Actor actor) {
		return this.programme.check(this.programme.meeting(id).process(), request.toDetails(), id, actor);
	}

	@PostMapping("/meetings/{id}/postpone")
	Saved postpone(@PathVariable MeetingId id, @Valid @RequestBody PostponeRequest request, Actor actor) {
		return this.programme.postpone(id,
				request.date() == null ? null : new Slot(request.date(), request.startsAt(), request.endsAt()),
				request.reason(), request.overrideReason(), actor);
	}

	@PostMapping("/meetings/{id}/cancel")
	MeetingView cancel(@PathVariable MeetingId id, @Valid @RequestBody CancelRequest request, Actor actor) {
		return this.programme.cancel(id, request.reason(), actor);
	}

	@PostMapping("/meetings/{id}/confirm")
	MeetingView confirm(@PathVariable MeetingId id, Actor actor) {
		return this.programme.confirm(id, actor);
	}

	@PostMapping("/meetings/{id}/held")
	MeetingView held(@PathVariable MeetingId id, Actor actor) {
		return this.programme.markHeld(id, actor);
	}

	/** The meetings of every process on a day (today in New York by default). */
	@GetMapping("/journal")
	List<MeetingView> journal(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.programme.journal(date == null ? LocalDate.now(this.clock) : date);
	}

	@GetMapping("/venues")
	List<VenueView> venues() {
		return this.venues.venues();
	}

	@PostMapping("/venues")
	@ResponseStatus(HttpStatus.CREATED)
	VenueView addVenue(@Valid @RequestBody VenueRequest request, Actor actor) {
		return this.venues.add(request.name(), request.shortName(), request.capacity(), request.interpretation(),
				request.aliases(), actor);
	}

	@PutMapping("/venues/{id}")
	VenueView describeVenue(@PathVariable VenueId id, @Valid @RequestBody VenueRequest request, Actor actor) {
		return this.venues.describe(id, request.name(), request.shortName(), request.capacity(),
				request.interpretation(), request.aliases(), request.version(), actor);
	}

	@GetMapping("/delegations/{code}/follows")
	List<ProcessId> follows(@PathVariable String code) {
		return this.programme.followedBy(DelegationCode.of(code));
	}

	@PostMapping("/delegations/{code}/follows")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void follow(@PathVariable String code, @Valid @RequestBody FollowRequest request, Actor actor) {
		this.programme.follow(DelegationCode.of(code), new ProcessId(request.process()), actor);
	}

	@DeleteMapping("/delegations/{code}/follows/{process}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unfollow(@PathVariable String code, @PathVariable ProcessId process, Actor actor) {
		this.programme.unfollow(DelegationCode.of(code), process, actor);
	}

	/**
	 * Meetings to schedule: every date with every slot in {@code slots} (MORNING,
	 * AFTERNOON), or with {@code startsAt}/{@code endsAt}, or with no time yet.
	 */
	record PlanRequest(@NotEmpty @Size(max = 60) List<@NotNull LocalDate> dates, @Nullable List<StandardSlot> slots,
			@Nullable LocalTime startsAt, @Nullable LocalTime endsAt, @NotBlank @Size(max = 120) String format,
			@Nullable UUID venue, @Nullable MeetingMode mode, @Nullable List<UUID> topics,
			@Size(max = 1000) @Nullable String agenda, @Size(max = 500) @Nullable String note,
			@Size(max = 200) @Nullable String series, @Nullable @Min(1) @Max(5000) Integer expectedAttendance,
			@Nullable Boolean openToPublic, boolean confirmed, @Size(max = 500) @Nullable String overrideReason) {

		PlanMeetings toPlan(ProcessId process) {
			return new PlanMeetings(process, this.dates, this.slots == null ? List.of() : this.slots, this.startsAt,
					this.endsAt, this.format, this.venue == null ? null : new VenueId(this.venue),
					this.mode == null ? MeetingMode.IN_PERSON : this.mode,
					this.topics == null ? List.of() : this.topics, this.agenda, this.note, this.series,
					this.expectedAttendance, this.openToPublic == null || this.openToPublic, this.confirmed,
					this.overrideReason);
		}

	}

	record ChangeRequest(@NotNull LocalDate date, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
			@NotBlank @Size(max = 120) String format, @Nullable UUID venue, @Nullable MeetingMode mode,
			@Nullable List<UUID> topics, @Size(max = 1000) @Nullable String agenda,
			@Size(max = 500) @Nullable String note, @Size(max = 200) @Nullable String series,
			@Nullable @Min(1) @Max(5000) Integer expectedAttendance, @Nullable Boolean openToPublic, long version,
			@Size(max = 500) @Nullable String overrideReason) {

		MeetingDetails toDetails() {
			return new MeetingDetails(this.format, new Slot(this.date, this.startsAt, this.endsAt),
					this.venue == null ? null : new VenueId(this.venue),
					this.mode == null ? MeetingMode.IN_PERSON : this.mode,
					this.topics == null ? List.of() : this.topics, this.agenda, this.note, this.series,
					this.expectedAttendance, this.openToPublic == null || this.openToPublic);
		}

	}

	record PostponeRequest(@Nullable LocalDate date, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
			@NotBlank @Size(max = 400) String reason, @Size(max = 500) @Nullable String overrideReason) {
	}

	record CancelRequest(@NotBlank @Size(max = 400) String reason) {
	}

	record VenueRequest(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 40) String shortName,
			@Min(1) @Max(5000) int capacity, boolean interpretation, @Size(max = 500) @Nullable String aliases,
			long version) {
	}

	record FollowRequest(@NotNull UUID process) {
	}

}
