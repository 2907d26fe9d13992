package org.plenary.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.process.SessionView;
import org.plenary.process.Sessions;
import org.plenary.process.TopicView;
import org.plenary.system.InvalidInput;
import org.plenary.system.Dates;
import org.plenary.system.Said;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme of work of every process: plan, change, postpone, confirm, hold and
 * cancel meetings, with the conflict check on every save; and the views everyone reads —
 * a process's programme for a session, what changed since a date, the daily journal, the
 * meetings a delegation follows. A process's facilitators and secretariat keep its
 * meetings; only the secretariat overrides a room conflict, and only with a written
 * reason.
 */
@Service
public class Programme {

	private final MeetingRepository meetings;

	private final MeetingChangeRepository changes;

	private final FollowRepository follows;

	private final VenueRepository venues;

	private final ConflictCheck conflicts;

	private final Processes processes;

	private final Sessions sessions;

	private final Delegations delegations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Venues rooms;

	Programme(MeetingRepository meetings, MeetingChangeRepository changes, FollowRepository follows,
			VenueRepository venues, ConflictCheck conflicts, Processes processes, Sessions sessions,
			Delegations delegations, AuditTrail audit, ApplicationEventPublisher events, Clock clock, Venues rooms) {
		this.rooms = rooms;
		this.meetings = meetings;
		this.changes = changes;
		this.follows = follows;
		this.venues = venues;
		this.conflicts = conflicts;
		this.processes = processes;
		this.sessions = sessions;
		this.delegations = delegations;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes the meetings a letter announces onto the programme, by the programme's rules:
	 * a meeting on the same day at the same start (or on that day, where the letter gives
	 * no time) as one not cancelled is that meeting, not a second; a room the register
	 * does not know is noted on the meeting, not refused; a topic of the process is
	 * linked where the letter's words name it; a meeting on a day already past, or that
	 * the letter says was held, is held. A meeting the letter says is cancelled or
	 * postponed cancels or postpones the programme's meeting it is, and adds none when
	 * the programme has none. Answers the programme's meetings the letter announces, each
	 * once, in the letter's order.
	 */
	@Transactional
	public List<MeetingView> announce(AnnounceMeetings command, Actor actor) {
		var process = this.processes.process(command.process());
		requireRunner(process, actor);
		var existing = meetingsOf(process.id()).stream().filter((m) -> m.status() != MeetingStatus.CANCELLED).toList();
		var today = LocalDate.now(this.clock);
		var found = new java.util.LinkedHashMap<UUID, MeetingView>();
		for (var meeting : command.meetings()) {
			var same = existing.stream()
				.filter((m) -> m.slot().heldOn().equals(meeting.date())
						&& (meeting.start() == null || meeting.start().equals(m.slot().startsAt())))
				.toList();
			if (meeting.status() == MeetingStatus.CANCELLED || meeting.status() == MeetingStatus.POSTPONED) {
				for (var m : same) {
					var kept = !m.status().occupiesItsSlot() ? m
							: meeting.status() == MeetingStatus.CANCELLED ? cancel(m.id(), command.source(), actor)
									: postpone(m.id(), null, command.source(), null, actor).meetings().get(0);
					found.put(kept.id().value(), kept);
				}
				continue;
			}
			if (!same.isEmpty()) {
				for (var m : same) {
					var kept = meeting.status() == MeetingStatus.HELD && m.status().occupiesItsSlot()
							&& !m.slot().heldOn().isAfter(today) ? markHeld(m.id(), actor) : m;
					found.put(kept.id().value(), kept);
				}
				continue;
			}
			var room = meeting.venue() == null ? Optional.<VenueView>empty() : this.rooms.find(meeting.venue());
			var topic = meeting.topic() == null ? "" : meeting.topic().toLowerCase(java.util.Locale.ROOT);
			var topics = process.topics()
				.stream()
				.filter((t) -> !topic.isEmpty() && topic.contains(t.title().toLowerCase(java.util.Locale.ROOT)))
				.map(TopicView::id)
				.toList();
			var note = command.source() + (meeting.venue() != null && room.isEmpty()
					? "; the letter names the room " + meeting.venue() : "");
			var format = meeting.format() == null || meeting.format().isBlank() ? "meeting"
					: shortened(meeting.format(), 120);
			var planned = plan(new PlanMeetings(process.id(), List.of(meeting.date()), List.of(), meeting.start(),
					meeting.end(), format, room.map(VenueView::id).orElse(null), MeetingMode.IN_PERSON, topics,
					meeting.topic() == null ? null : shortened(meeting.topic(), 500), shortened(note, 500), null, null,
					false, false, null), actor);
			for (var saved : planned.meetings()) {
				var kept = saved.slot().heldOn().isBefore(today) || meeting.status() == MeetingStatus.HELD
						? markHeld(saved.id(), actor)
						: meeting.status() == MeetingStatus.CONFIRMED ? confirm(saved.id(), actor) : saved;
				found.put(kept.id().value(), kept);
			}
		}
		return List.copyOf(found.values());
	}

	private static String shortened(String text, int most) {
		return text.length() <= most ? text : text.substring(0, most - 1) + "…";
	}

	/**
	 * Puts one or several meetings on a process's programme. Refuses those who do not run
	 * the process, topics of another process, an unknown room, and — saving nothing — a
	 * room taken at that time unless the secretariat overrides with a reason. Answers the
	 * meetings with every warning of the check.
	 */
	@Transactional
	public Saved plan(PlanMeetings command, Actor actor) {
		var process = this.processes.process(command.process());
		requireRunner(process, actor);
		checkTopicsAndRoom(process, command.topics(), command.venue());
		var now = this.clock.instant();
		var warnings = new ArrayList<Warning>();
		var saved = new ArrayList<Meeting>();
		for (var slot : command.allSlots()) {
			var details = command.detailsAt(slot);
			warnings
				.addAll(resolve(this.conflicts.check(new ConflictCheck.Candidate(process.id(), details, null, true)),
						command.overrideReason(), process, actor));
			var meeting = this.meetings.save(new Meeting(process.id(), details,
					command.confirmed() ? MeetingStatus.CONFIRMED : MeetingStatus.PROVISIONAL, now));
			saved.add(meeting);
			this.changes.save(new MeetingChange(meeting, MeetingChange.Kind.SCHEDULED,
					"Scheduled %s on %s %s".formatted(details.format(), slot.heldOn(), slot.times()).trim(),
					actor.username(), now));
			this.events.publishEvent(new MeetingScheduled(meeting.id(), process.id(), slot));
		}
		refuseUnresolved(warnings);
		this.audit.record(actor, "meeting.scheduled", "process " + process.shortName(), saved.size()
				+ " meeting(s) from " + command.dates().get(0)
				+ (command.overrideReason() == null ? "" : "; room conflict overridden: " + command.overrideReason()));
		var names = names();
		return new Saved(saved.stream().map((m) -> m.toView(names)).toList(), warnings);
	}

	/**
	 * Changes a meeting. Refuses a held or cancelled meeting, and a change on a version
	 * someone else changed since.
	 */
	@Transactional
	public Saved change(MeetingId id, MeetingDetails details, long expectedVersion, @Nullable String overrideReason,
			Actor actor) {
		Dates.require("date", details.slot().heldOn());
		var meeting = load(id);
		var process = this.processes.process(meeting.process());
		requireRunner(process, actor);
		if (meeting.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Meeting " + id + " was changed by someone else");
		}
		checkTopicsAndRoom(process, details.topics(), details.venue());
		var newDate = !details.slot().heldOn().equals(meeting.slot().heldOn());
		var warnings = resolve(this.conflicts.check(new ConflictCheck.Candidate(process.id(), details, id, newDate)),
				overrideReason, process, actor);
		refuseUnresolved(warnings);
		var changed = meeting.change(details, this.clock.instant());
		if (!changed.isEmpty()) {
			var summary = "Changed " + String.join(", ", changed);
			record(meeting, MeetingChange.Kind.CHANGED, summary, actor);
			this.events.publishEvent(new MeetingChanged(id, process.id(), summary));
		}
		return new Saved(List.of(meeting.toView(names())), warnings);
	}

	/**
	 * Moves a meeting to a new slot, or postpones it until a date is set; either way the
	 * old date is no longer a meeting. The new slot is checked like a new meeting.
	 */
	@Transactional
	public Saved postpone(MeetingId id, @Nullable Slot newSlot, String reason, @Nullable String overrideReason,
			Actor actor) {
		var meeting = load(id);
		var process = this.processes.process(meeting.process());
		requireRunner(process, actor);
		requireReason(reason);
		if (newSlot != null) {
			Dates.require("date", newSlot.heldOn());
		}
		List<Warning> warnings = List.of();
		if (newSlot != null) {
			warnings = resolve(
					this.conflicts
						.check(new ConflictCheck.Candidate(process.id(), meeting.details().at(newSlot), id, true)),
					overrideReason, process, actor);
			refuseUnresolved(warnings);
		}
		var from = meeting.slot();
		meeting.postponeTo(newSlot, this.clock.instant());
		var summary = newSlot == null ? "Postponed from %s until a new date is set: %s".formatted(from.heldOn(), reason)
				: "Postponed from %s to %s: %s".formatted(from, newSlot, reason);
		record(meeting, MeetingChange.Kind.POSTPONED, summary, actor);
		this.events.publishEvent(new MeetingChanged(id, process.id(), summary));
		return new Saved(List.of(meeting.toView(names())), warnings);
	}

	/**
	 * Cancels a meeting for good, with the reason. Refuses a held or cancelled meeting.
	 */
	@Transactional
	public MeetingView cancel(MeetingId id, String reason, Actor actor) {
		var meeting = load(id);
		var process = this.processes.process(meeting.process());
		requireRunner(process, actor);
		requireReason(reason);
		var cancelled = meeting.cancel(reason.trim(), this.clock.instant());
		record(meeting, MeetingChange.Kind.CANCELLED, "Cancelled: " + reason.trim(), actor);
		this.events.publishEvent(cancelled);
		return meeting.toView(names());
	}

	@Transactional
	public MeetingView confirm(MeetingId id, Actor actor) {
		var meeting = load(id);
		var process = this.processes.process(meeting.process());
		requireRunner(process, actor);
		meeting.confirm(this.clock.instant());
		record(meeting, MeetingChange.Kind.CONFIRMED, "Confirmed", actor);
		this.events.publishEvent(new MeetingChanged(id, process.id(), "Confirmed"));
		return meeting.toView(names());
	}

	/** Records that a meeting took place. Refuses a meeting whose day has not come. */
	@Transactional
	public MeetingView markHeld(MeetingId id, Actor actor) {
		var meeting = load(id);
		var process = this.processes.process(meeting.process());
		requireRunner(process, actor);
		meeting.markHeld(LocalDate.now(this.clock), this.clock.instant());
		record(meeting, MeetingChange.Kind.HELD, "Held", actor);
		this.events.publishEvent(new MeetingChanged(id, process.id(), "Held"));
		return meeting.toView(names());
	}

	/**
	 * The warnings a meeting would have, without saving it: the form shows them before
	 * the person saves.
	 */
	@Transactional(readOnly = true)
	public List<Warning> check(ProcessId process, MeetingDetails details, @Nullable MeetingId existing, Actor actor) {
		requireRunner(this.processes.process(process), actor);
		Dates.require("date", details.slot().heldOn());
		var newDate = existing == null || !load(existing).slot().heldOn().equals(details.slot().heldOn());
		return this.conflicts.check(new ConflictCheck.Candidate(process, details, existing, newDate));
	}

	@Transactional(readOnly = true)
	public MeetingView meeting(MeetingId id) {
		return load(id).toView(names());
	}

	/**
	 * Meetings by id, in the order asked, with their names looked up once: a letter's
	 * programme. Refuses an id that is no meeting.
	 */
	@Transactional(readOnly = true)
	public List<MeetingView> meetings(List<MeetingId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var found = this.meetings.findAllById(ids.stream().map(MeetingId::value).toList())
			.stream()
			.collect(Collectors.toMap(Meeting::id, (m) -> m));
		var names = names();
		return ids.stream().map((id) -> {
			var meeting = found.get(id);
			if (meeting == null) {
				throw new MeetingNotFound(id);
			}
			return meeting.toView(names);
		}).toList();
	}

	/**
	 * A process's programme for a session. Without a session: the current one if it has
	 * meetings, otherwise the session of the process's latest meeting.
	 */
	@Transactional(readOnly = true)
	public ProgrammeOfWork programmeOfWork(ProcessId id, @Nullable Integer sessionNumber) {
		var process = this.processes.process(id);
		var all = this.meetings.findByProcess(id.value());
		SessionView session = sessionNumber != null ? this.sessions.sessionOrCalendar(sessionNumber)
				: chooseSession(all);
		var names = names();
		var shown = all.stream()
			.filter((m) -> session == null || session.isOpenOn(m.slot().heldOn()))
			.map((m) -> m.toView(names))
			.toList();
		var sessions = new TreeMap<Integer, SessionView>(Comparator.reverseOrder());
		this.sessions.sessions().forEach((s) -> sessions.put(s.number(), s));
		all.stream()
			.map((m) -> m.slot().heldOn())
			.distinct()
			.filter((day) -> sessions.values().stream().noneMatch((s) -> s.isOpenOn(day)))
			.map(SessionView::onCalendar)
			.forEach((s) -> sessions.putIfAbsent(s.number(), s));
		if (session != null) {
			sessions.putIfAbsent(session.number(), session);
		}
		return new ProgrammeOfWork(process, session, shown, this.meetings.lastChangeOf(id.value()),
				List.copyOf(sessions.values()));
	}

	/** Every meeting of a process, for its calendar feed. */
	@Transactional(readOnly = true)
	public List<MeetingView> meetingsOf(ProcessId id) {
		this.processes.process(id);
		var names = names();
		return this.meetings.findByProcess(id.value()).stream().map((m) -> m.toView(names)).toList();
	}

	/** What changed in a process's programme on or after a day, the newest first. */
	@Transactional(readOnly = true)
	public List<ChangeView> changesSince(ProcessId id, LocalDate since) {
		this.processes.process(id);
		var from = since.atStartOfDay(this.clock.getZone()).toInstant();
		return this.changes.findByProcessIdAndChangedAtGreaterThanEqualOrderByChangedAtDesc(id.value(), from)
			.stream()
			.map(MeetingChange::toView)
			.toList();
	}

	/** The meetings of every process on a day, like the Journal of the United Nations. */
	@Transactional(readOnly = true)
	public List<MeetingView> journal(LocalDate day) {
		return between(day, day);
	}

	@Transactional(readOnly = true)
	public List<MeetingView> between(LocalDate from, LocalDate to) {
		var names = names();
		return this.meetings.findBetween(from, to).stream().map((m) -> m.toView(names)).toList();
	}

	/** The next meetings across all processes, for the home page. */
	@Transactional(readOnly = true)
	public List<MeetingView> upcoming(int limit) {
		var today = LocalDate.now(this.clock);
		var names = names();
		return this.meetings.findBetween(today, today.plusYears(1))
			.stream()
			.filter((m) -> m.status().occupiesItsSlot())
			.limit(limit)
			.map((m) -> m.toView(names))
			.toList();
	}

	/**
	 * When any meeting, or a process's meetings, last changed: for ETag and
	 * Last-Modified.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lastChange(@Nullable ProcessId process) {
		return Optional
			.ofNullable(process == null ? this.meetings.lastChange() : this.meetings.lastChangeOf(process.value()));
	}

	/**
	 * What a process's published programme is built from, in a few cheap queries: the
	 * process's version, its meetings (how many, when one last changed), the rooms, and
	 * today's session (which the default view depends on). Equal fingerprints mean equal
	 * pages and feeds, on every instance; empty when there is no such process.
	 */
	@Transactional(readOnly = true)
	public Optional<String> fingerprint(String slug) {
		return this.processes.stamp(slug).map(this::fingerprint);
	}

	@Transactional(readOnly = true)
	public Optional<String> fingerprint(ProcessId id) {
		return this.processes.stamp(id).map(this::fingerprint);
	}

	private String fingerprint(org.plenary.process.ProcessStamp stamp) {
		var row = this.meetings.countAndLastChangeOf(stamp.id().value()).get(0);
		return "%s:%d:%s:%s:%d:%s".formatted(stamp.id(), stamp.version(), row[0], row[1], this.venues.revision(),
				LocalDate.now(this.clock));
	}

	/** The processes a delegation follows. */
	@Transactional(readOnly = true)
	public List<ProcessId> followedBy(DelegationCode delegation) {
		return this.follows.findByKeyDelegationCode(delegation.value())
			.stream()
			.map((f) -> new ProcessId(f.process()))
			.toList();
	}

	/**
	 * The meetings of the processes a delegation follows, from a month ago on: its
	 * calendar feed.
	 */
	@Transactional(readOnly = true)
	public List<MeetingView> followedMeetings(DelegationCode delegation) {
		this.delegations.delegation(delegation);
		var followed = followedBy(delegation).stream().map(ProcessId::value).toList();
		if (followed.isEmpty()) {
			return List.of();
		}
		var names = names();
		return this.meetings.findByProcessesFrom(followed, LocalDate.now(this.clock).minusMonths(1))
			.stream()
			.map((m) -> m.toView(names))
			.toList();
	}

	/**
	 * A delegation starts following a process. Refuses the delegates of other
	 * delegations.
	 */
	@Transactional
	public void follow(DelegationCode delegation, ProcessId process, Actor actor) {
		requireDelegate(delegation, actor);
		this.processes.process(process);
		var key = new Follow.Key(delegation.value(), process.value());
		if (!this.follows.existsById(key)) {
			this.follows.save(new Follow(delegation.value(), process.value()));
			this.audit.record(actor, "delegation.followed", "delegation " + delegation, process.toString());
		}
	}

	@Transactional
	public void unfollow(DelegationCode delegation, ProcessId process, Actor actor) {
		requireDelegate(delegation, actor);
		var key = new Follow.Key(delegation.value(), process.value());
		if (this.follows.existsById(key)) {
			this.follows.deleteById(key);
			this.audit.record(actor, "delegation.unfollowed", "delegation " + delegation, process.toString());
		}
	}

	private @Nullable SessionView chooseSession(List<Meeting> all) {
		var current = this.sessions.current();
		if (current.isPresent() && all.stream().anyMatch((m) -> current.get().isOpenOn(m.slot().heldOn()))) {
			return current.get();
		}
		return all.stream()
			.map((m) -> m.slot().heldOn())
			.max(Comparator.naturalOrder())
			.map(this.sessions::sessionOrCalendarOn)
			.or(() -> current)
			.orElse(null);
	}

	/**
	 * Turns room conflicts into overrides when the secretariat gives a reason; refuses an
	 * override from anyone else.
	 */
	private List<Warning> resolve(List<Warning> found, @Nullable String overrideReason, ProcessView process,
			Actor actor) {
		if (overrideReason == null || overrideReason.isBlank()
				|| found.stream().noneMatch((w) -> w.kind() == Warning.Kind.VENUE_TAKEN)) {
			return found;
		}
		if (!actor.servesSecretariatOf(process.id().value()) && !actor.isAdministrator()) {
			throw new NotPermitted(actor, new Said("refusal.action.overrideRoomConflict",
					"override a room conflict (only the secretariat may)"));
		}
		return found.stream()
			.map((w) -> w.kind() != Warning.Kind.VENUE_TAKEN ? w
					: new Warning(Warning.Kind.OVERRIDDEN, w.message() + " Overridden: " + overrideReason.trim(),
							w.otherMeeting(), w.otherMeetingTitle(), w.suggestion()))
			.toList();
	}

	private static void refuseUnresolved(List<Warning> warnings) {
		if (warnings.stream().anyMatch((w) -> w.kind() == Warning.Kind.VENUE_TAKEN)) {
			throw new VenueTaken(warnings);
		}
	}

	private void checkTopicsAndRoom(ProcessView process, List<UUID> topics, @Nullable VenueId venue) {
		var known = process.topics().stream().map(TopicView::id).collect(Collectors.toSet());
		for (var topic : topics) {
			if (!known.contains(topic)) {
				throw new InvalidInput("topics", "%s has no topic %s.".formatted(process.shortName(), topic),
						"refusal.schedule.noSuchTopic", process.shortName(), topic);
			}
		}
		if (venue != null && !this.venues.existsById(venue.value())) {
			throw new InvalidInput("venue", "There is no room %s.".formatted(venue), "refusal.schedule.noSuchRoom",
					venue);
		}
	}

	private static void requireReason(String reason) {
		if (reason.isBlank()) {
			throw new InvalidInput("reason", "Give the reason; it goes into the programme's history.",
					"refusal.schedule.giveReason");
		}
	}

	private static void requireRunner(ProcessView process, Actor actor) {
		if (actor.mayRun(process.id().value())) {
			return;
		}
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, new Said("refusal.action.changeProgramme",
					"change the programme of " + process.shortName(), process.shortName()));
		}
		throw new NotYourProcess(actor, process.id().value(), process.shortName());
	}

	private static void requireDelegate(DelegationCode delegation, Actor actor) {
		if (actor.actsFor(delegation.value()) || actor.keepsTheRegister()) {
			return;
		}
		if (actor.delegation().isPresent()) {
			throw new NotYourDelegation(actor, delegation.value());
		}
		throw new NotPermitted(actor,
				new Said("refusal.action.chooseFollowed", "choose what " + delegation + " follows", delegation));
	}

	private Meeting load(MeetingId id) {
		return this.meetings.findById(id.value()).orElseThrow(() -> new MeetingNotFound(id));
	}

	private void record(Meeting meeting, MeetingChange.Kind kind, String summary, Actor actor) {
		this.changes.save(new MeetingChange(meeting, kind, summary, actor.username(), this.clock.instant()));
		this.audit.record(actor, "meeting." + kind.name().toLowerCase(), "meeting " + meeting.id(), summary);
	}

	/** Names for views, looked up once per call: processes by id, rooms, topics. */
	private MeetingView.Names names() {
		var processCache = new HashMap<ProcessId, ProcessView>();
		Map<VenueId, String> rooms = this.venues.findAll().stream().collect(Collectors.toMap(Venue::id, Venue::name));
		return new MeetingView.Names() {
			@Override
			public MeetingView.ProcessName process(ProcessId id) {
				var view = processCache.computeIfAbsent(id, Programme.this.processes::process);
				return new MeetingView.ProcessName(view.shortName(), view.name(), view.slug());
			}

			@Override
			public String venue(VenueId venue) {
				return rooms.getOrDefault(venue, "Unknown room");
			}

			@Override
			public String topic(ProcessId process, UUID topic) {
				return processCache.computeIfAbsent(process, Programme.this.processes::process)
					.topics()
					.stream()
					.filter((t) -> t.id().equals(topic))
					.map(TopicView::title)
					.findFirst()
					.orElse("Topic removed from the process");
			}
		};
	}

	/** The zone of the clock, New York: calendar feeds write times in it. */
	public ZoneId zone() {
		return this.clock.getZone();
	}

}
