package org.plenary.speakers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.DelegationKind;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.StateNames;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Programme;
import org.plenary.system.DocumentReadings;
import org.plenary.system.InvalidInput;
import org.plenary.system.ProperName;
import org.plenary.system.Said;
import org.plenary.system.UnreadableDocument;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The speakers lists of the meetings. The secretariat (and the facilitators) of a
 * meeting's process open and close its list, give the floor, run the timer and keep the
 * order; a delegate inscribes their own delegation, or speaks on behalf of a group it
 * belongs to. Statements on behalf of groups come first, then Member States, then
 * observers, each in the order they inscribed; replies after the list; a point of order
 * at once. Every change to a list is made under its lock, in one transaction, and sent to
 * the live views.
 */
@Service
public class SpeakersLists {

	/**
	 * Statements on behalf of a group may last this long unless the meeting says
	 * otherwise.
	 */
	static final int GROUP_LIMIT_SECONDS = 300;

	/** A reply (rule 73), and a point of order. */
	static final int REPLY_LIMIT_SECONDS = 120;

	private final SpeakersListRepository lists;

	private final InscriptionRepository inscriptions;

	private final Programme programme;

	private final Processes processes;

	private final Delegations delegations;

	private final AuditTrail audit;

	private final LiveEvents live;

	private final Clock clock;

	private final Map<String, String> names = new ConcurrentHashMap<>();

	private final SpeakersRulesRepository rules;

	private final StatementRepository statements;

	private final ApplicationEventPublisher events;

	private final DocumentReadings readings;

	private final StateNames stateNames;

	SpeakersLists(SpeakersListRepository lists, InscriptionRepository inscriptions, SpeakersRulesRepository rules,
			StatementRepository statements, Programme programme, Processes processes, Delegations delegations,
			AuditTrail audit, LiveEvents live, ApplicationEventPublisher events, Clock clock, DocumentReadings readings,
			StateNames stateNames) {
		this.readings = readings;
		this.stateNames = stateNames;
		this.statements = statements;
		this.events = events;
		this.rules = rules;
		this.lists = lists;
		this.inscriptions = inscriptions;
		this.programme = programme;
		this.processes = processes;
		this.delegations = delegations;
		this.audit = audit;
		this.live = live;
		this.clock = clock;
	}

	/** A meeting's list, as anyone who may see the meeting sees it. */
	@Transactional(readOnly = true)
	public SpeakersListView list(MeetingId meeting) {
		var list = this.lists.findByMeetingId(meeting.value()).orElseThrow(() -> SpeakersRefusal.noList(meeting));
		return view(list);
	}

	/**
	 * Who spoke, in which order, for how long, and the totals per delegation and group.
	 */
	@Transactional(readOnly = true)
	public SpeakersReport report(MeetingId meeting) {
		return SpeakersReport.of(list(meeting));
	}

	/** A process's rules for its speakers lists: the defaults when it has set none. */
	@Transactional(readOnly = true)
	public SpeakersRulesView rules(ProcessId process) {
		this.processes.process(process);
		return this.rules.findById(process.value()).orElseGet(() -> new SpeakersRules(process.value())).toView();
	}

	/**
	 * Changes a process's rules, for the lists opened from now on; its facilitators and
	 * secretariat may.
	 */
	@Transactional
	public SpeakersRulesView changeRules(ProcessId process, SpeakingOrder order, int groupLimitSeconds,
			int replyLimitSeconds, Actor actor) {
		var known = this.processes.process(process);
		requireRunner(process.value(), "change the rules of the speakers lists", actor);
		requireLimits("groupLimitSeconds", groupLimitSeconds, replyLimitSeconds);
		var rules = this.rules.findById(process.value()).orElseGet(() -> new SpeakersRules(process.value()));
		rules.change(order, groupLimitSeconds, replyLimitSeconds);
		this.rules.save(rules);
		this.audit.record(actor, "speakers.rules", "process " + known.shortName(),
				"%s, groups %d s, replies %d s".formatted(order, groupLimitSeconds, replyLimitSeconds));
		return rules.toView();
	}

	/**
	 * Attaches a delegation's written statement (PDF, Word or text) to its inscription,
	 * or replaces it: the delegation's delegates and the secretariat may. It is published
	 * once the delegation has spoken.
	 */
	@Transactional
	public StatementView attach(MeetingId meeting, UUID inscription, String fileName, byte[] content, Actor actor) {
		var found = this.programme.meeting(meeting);
		var list = this.lists.lockByMeetingId(meeting.value()).orElseThrow(() -> SpeakersRefusal.noList(meeting));
		var entry = entry(list, inscription);
		requireFor(found, entry.delegation(), actor);
		var text = this.readings.text(content, fileName, actor.username()).strip();
		if (text.isEmpty()) {
			throw new UnreadableDocument("The statement has no text.");
		}
		if (text.length() > Statement.MOST_CHARACTERS) {
			throw new UnreadableDocument(
					"The statement is longer than %,d characters.".formatted(Statement.MOST_CHARACTERS));
		}
		var statement = this.statements.findById(inscription).orElseGet(() -> new Statement(inscription));
		statement.attach(fileName, text, actor.username(), this.clock.instant());
		this.statements.save(statement);
		this.audit.record(actor, "speakers.statement", "meeting " + meeting, entry.delegation() + ": " + fileName);
		var view = changed(list);
		if (entry.status() == InscriptionStatus.SPOKE) {
			this.events.publishEvent(new StatementPublished(meeting, inscription));
		}
		return statement.toView(meeting, find(view, inscription));
	}

	/**
	 * A delegation's written statement: for everyone once the delegation has spoken;
	 * before, only for its delegates and the secretariat (404 for others).
	 */
	@Transactional(readOnly = true)
	public StatementView statement(MeetingId meeting, UUID inscription, Actor actor) {
		var found = this.programme.meeting(meeting);
		var view = list(meeting);
		var entry = find(view, inscription);
		var statement = this.statements.findById(inscription)
			.orElseThrow(() -> new SpeakersRefusal(org.springframework.http.HttpStatus.NOT_FOUND,
					new Said("refusal.title.noStatement", "No statement"), new Said("refusal.speakers.noStatement",
							"%s has attached no written statement.".formatted(entry.speaker()), said(entry))));
		var shown = statement.toView(meeting, entry);
		if (!shown.published() && !actor.mayRun(found.process().value()) && !actor.actsFor(entry.delegation())) {
			throw new SpeakersRefusal(org.springframework.http.HttpStatus.NOT_FOUND,
					new Said("refusal.title.notPublishedYet", "Not published yet"),
					new Said("refusal.speakers.statementNotPublished",
							"The statement of %s is published once it has been delivered.".formatted(entry.speaker()),
							said(entry)));
		}
		return shown;
	}

	/**
	 * Every published written statement (its delegation has spoken), or only the one of
	 * this inscription when given: what search indexes.
	 */
	@Transactional(readOnly = true)
	public List<StatementView> publishedStatements(@Nullable UUID inscription) {
		var statements = inscription == null ? this.statements.findAll()
				: this.statements.findById(inscription).stream().toList();
		var spoken = this.inscriptions.findAllById(statements.stream().map(Statement::inscriptionId).toList())
			.stream()
			.filter((i) -> i.status() == InscriptionStatus.SPOKE)
			.collect(java.util.stream.Collectors.toMap(Inscription::id, (i) -> i));
		var meetings = new java.util.HashMap<UUID, SpeakersListView>();
		var published = new ArrayList<StatementView>();
		for (var statement : statements) {
			var entry = spoken.get(statement.inscriptionId());
			if (entry == null) {
				continue;
			}
			var view = meetings.computeIfAbsent(entry.listId(), (id) -> view(this.lists.findById(id).orElseThrow()));
			published.add(statement.toView(new MeetingId(view.meeting()), find(view, entry.id())));
		}
		return published;
	}

	private static InscriptionView find(SpeakersListView view, UUID inscription) {
		return java.util.stream.Stream.of(view.statements(), view.replies(), view.pointsOfOrder())
			.flatMap(List::stream)
			.filter((e) -> e.id().equals(inscription))
			.findFirst()
			.orElseThrow(() -> SpeakersRefusal.noInscription(inscription));
	}

	/** A meeting's list, when the secretariat has opened one: pages show it or say so. */
	@Transactional(readOnly = true)
	public java.util.Optional<SpeakersListView> find(MeetingId meeting) {
		return this.lists.findByMeetingId(meeting.value()).map(this::view);
	}

	/** Opens the list (creating it with the process's time limits), or opens it again. */
	@Transactional
	public SpeakersListView open(MeetingId meeting, Actor actor) {
		var found = this.programme.meeting(meeting);
		requireRunner(found, actor);
		var list = this.lists.lockByMeetingId(meeting.value()).orElseGet(() -> {
			var limit = this.processes.process(found.process()).interventionLimitSeconds();
			var rules = this.rules.findById(found.process().value())
				.orElseGet(() -> new SpeakersRules(found.process().value()));
			return this.lists.saveAndFlush(new SpeakersList(meeting.value(), found.process().value(), rules.order(),
					limit, rules.groupLimitSeconds(), rules.replyLimitSeconds()));
		});
		list.open();
		this.audit.record(actor, "speakers.opened", "meeting " + meeting, null);
		return changed(list);
	}

	@Transactional
	public SpeakersListView close(MeetingId meeting, Actor actor) {
		var list = lockForRunner(meeting, actor);
		list.close();
		this.audit.record(actor, "speakers.closed", "meeting " + meeting, null);
		return changed(list);
	}

	/** Sets the meeting's time limits, overriding the process's. */
	@Transactional
	public SpeakersListView limits(MeetingId meeting, int limitSeconds, int groupLimitSeconds, int replyLimitSeconds,
			Actor actor) {
		requireLimits("limitSeconds", limitSeconds, groupLimitSeconds, replyLimitSeconds);
		var list = lockForRunner(meeting, actor);
		list.limits(limitSeconds, groupLimitSeconds, replyLimitSeconds);
		this.audit.record(actor, "speakers.limits", "meeting " + meeting,
				"%d s, groups %d s, replies %d s".formatted(limitSeconds, groupLimitSeconds, replyLimitSeconds));
		return changed(list);
	}

	/**
	 * Inscribes a delegation — a delegate their own, the secretariat any — for a
	 * statement (on behalf of a group it belongs to, if named) or a reply. A delegation
	 * is on a list once in its national capacity and once on behalf of a group; a group
	 * with a coordinator on record speaks through the coordinating State.
	 */
	@Transactional
	public SpeakersListView inscribe(MeetingId meeting, String delegation, @Nullable String onBehalfOf,
			InscriptionKind kind, Actor actor) {
		if (kind == InscriptionKind.POINT_OF_ORDER) {
			throw new InvalidInput("kind", "A point of order is raised, not inscribed.",
					"refusal.speakers.pointOfOrderNotInscribed");
		}
		var code = code(delegation);
		var found = this.programme.meeting(meeting);
		requireFor(found, code.value(), actor);
		var speaker = this.delegations.delegation(code);
		var group = onBehalfOf == null || onBehalfOf.isBlank() ? null
				: this.delegations.groupNamed(onBehalfOf.strip())
					.orElseThrow(() -> new InvalidInput("onBehalfOf",
							"There is no group of States named %s.".formatted(onBehalfOf.strip()),
							"refusal.speakers.noSuchGroup", onBehalfOf.strip()));
		if (group != null && !group.hasMember(code)) {
			throw SpeakersRefusal.notAMember(this.stateNames.name(code, speaker.name()),
					this.stateNames.groupName(group.shortName(), group.name()));
		}
		if (group != null && group.coordinator() != null && !group.coordinator().equals(code)) {
			throw SpeakersRefusal.notTheCoordinator(this.stateNames.name(code, speaker.name()),
					this.stateNames.groupName(group.shortName(), group.name()),
					this.stateNames.name(group.coordinator(), this.delegations.delegation(group.coordinator()).name()));
		}
		var list = this.lists.lockByMeetingId(meeting.value()).orElseThrow(() -> SpeakersRefusal.noList(meeting));
		if (kind == InscriptionKind.STATEMENT && list.status() == ListStatus.CLOSED) {
			throw SpeakersRefusal.conflict(new Said("refusal.speakers.listClosed",
					"The speakers list is closed: the secretariat may still inscribe "
							+ "a delegation, or open the list again."));
		}
		var all = this.inscriptions.findByListIdOrderByKindAscPositionAsc(list.id());
		var once = Inscription.onceKey(code.value(), group == null ? null : group.shortName(), kind);
		if (all.stream().anyMatch((i) -> i.kind() == kind && java.util.Objects.equals(i.onceKey(), once))) {
			throw SpeakersRefusal.conflict((group == null) ? new Said("refusal.speakers.onTheListAlready",
					"%s is on this list already.".formatted(speaker.name()), this.stateNames.name(code, speaker.name()))
					: new Said("refusal.speakers.onTheListAlreadyForAGroup",
							"%s is on this list already on behalf of a group.".formatted(speaker.name()),
							this.stateNames.name(code, speaker.name())));
		}
		int category = group != null ? Inscription.GROUP
				: speaker.kind() == DelegationKind.MEMBER_STATE ? Inscription.MEMBER_STATE : Inscription.OBSERVER;
		var sameKind = all.stream().filter((i) -> i.kind() == kind).toList();
		int position = placeFor(sameKind, category, kind, list.order());
		for (var other : sameKind) {
			if (other.position() >= position) {
				other.moveTo(other.position() + 1);
			}
		}
		this.inscriptions.save(new Inscription(list.id(), code.value(), group == null ? null : group.shortName(), kind,
				category, list.takeSequence(), position, actor.username(), this.clock.instant()));
		this.audit.record(actor, "speakers.inscribed", "meeting " + meeting,
				code + (group == null ? "" : " on behalf of " + group.shortName()) + ", " + kind.name().toLowerCase());
		return changed(list);
	}

	/**
	 * Where a new inscription goes: after those who spoke or speak, and after the waiting
	 * ones of its category and those before it (groups, then Member States, then
	 * observers) — or after every one, where the process orders by inscription alone;
	 * replies in the order they came.
	 */
	private static int placeFor(List<Inscription> sameKind, int category, InscriptionKind kind, SpeakingOrder order) {
		int after = 0;
		for (var other : sameKind) {
			boolean before = other.status() != InscriptionStatus.WAITING || kind == InscriptionKind.REPLY
					|| order == SpeakingOrder.INSCRIPTION || other.category() <= category;
			if (before) {
				after = Math.max(after, other.position());
			}
		}
		return after + 1;
	}

	/** Takes a delegation's inscription off the list, before it speaks. */
	@Transactional
	public SpeakersListView withdraw(MeetingId meeting, UUID inscription, Actor actor) {
		var found = this.programme.meeting(meeting);
		var list = this.lists.lockByMeetingId(meeting.value()).orElseThrow(() -> SpeakersRefusal.noList(meeting));
		var entry = entry(list, inscription);
		requireFor(found, entry.delegation(), actor);
		if (entry.status() != InscriptionStatus.WAITING) {
			throw SpeakersRefusal.conflict(new Said("refusal.speakers.hadTheFloor",
					"%s has had the floor already: it stays on the record.".formatted(name(entry.delegation())),
					said(entry.delegation())));
		}
		for (var other : this.inscriptions.findByListIdOrderByKindAscPositionAsc(list.id())) {
			if (other.kind() == entry.kind() && other.position() > entry.position()) {
				other.moveTo(other.position() - 1);
			}
		}
		this.statements.findById(entry.id()).ifPresent(this.statements::delete);
		this.statements.flush();
		this.inscriptions.delete(entry);
		this.audit.record(actor, "speakers.withdrawn", "meeting " + meeting, entry.delegation());
		return changed(list);
	}

	/**
	 * Moves a waiting inscription one place up or down, for a reason kept in the audit
	 * trail.
	 */
	@Transactional
	public SpeakersListView move(MeetingId meeting, UUID inscription, boolean up, String reason, Actor actor) {
		if (reason.isBlank()) {
			throw new InvalidInput("reason", "Say why the order changes: it is kept in the audit trail.",
					"refusal.speakers.sayWhyOrderChanges");
		}
		var list = lockForRunner(meeting, actor);
		var entry = entry(list, inscription);
		var neighbours = this.inscriptions.findByListIdOrderByKindAscPositionAsc(list.id())
			.stream()
			.filter((i) -> i.kind() == entry.kind() && i.status() == InscriptionStatus.WAITING)
			.filter((i) -> up ? i.position() < entry.position() : i.position() > entry.position())
			.sorted(Comparator.comparingInt(Inscription::position))
			.toList();
		if (entry.status() != InscriptionStatus.WAITING || neighbours.isEmpty()) {
			throw SpeakersRefusal.conflict(up
					? new Said("refusal.speakers.cannotMoveUp",
							"%s cannot move up.".formatted(name(entry.delegation())), said(entry.delegation()))
					: new Said("refusal.speakers.cannotMoveDown",
							"%s cannot move down.".formatted(name(entry.delegation())), said(entry.delegation())));
		}
		var other = up ? neighbours.get(neighbours.size() - 1) : neighbours.get(0);
		int place = other.position();
		other.moveTo(entry.position());
		entry.moveTo(place);
		this.audit.record(actor, "speakers.moved", "meeting " + meeting, "%s %s, before %s: %s"
			.formatted(entry.delegation(), up ? "up" : "down", other.delegation(), reason.strip()));
		return changed(list);
	}

	/**
	 * Ends the current speaker's turn and gives the floor to the next: the speaker a
	 * point of order interrupted, with the time they had left; else the next statement;
	 * after the list, the next reply. The timer starts.
	 */
	@Transactional
	public SpeakersListView next(MeetingId meeting, Actor actor) {
		var list = lockForRunner(meeting, actor);
		var now = this.clock.instant();
		endTurn(list, now);
		var resumption = list.takeInterrupted();
		if (resumption != null) {
			var interrupted = entry(list, resumption.inscription());
			list.giveFloor(interrupted, resumption.remainingMs(), now);
		}
		else {
			var all = this.inscriptions.findByListIdOrderByKindAscPositionAsc(list.id());
			var following = waiting(all, InscriptionKind.STATEMENT);
			if (following == null) {
				following = waiting(all, InscriptionKind.REPLY);
			}
			if (following == null) {
				list.clearFloor();
				return changed(list);
			}
			list.giveFloor(following, list.limitMs(following), now);
		}
		this.audit.record(actor, "speakers.floor", "meeting " + meeting, String.valueOf(list.currentId()));
		return changed(list);
	}

	/** Ends the current speaker's turn without giving the floor to anyone. */
	@Transactional
	public SpeakersListView stop(MeetingId meeting, Actor actor) {
		var list = lockForRunner(meeting, actor);
		endTurn(list, this.clock.instant());
		list.clearFloor();
		return changed(list);
	}

	@Transactional
	public SpeakersListView start(MeetingId meeting, Actor actor) {
		var list = lockForRunner(meeting, actor);
		if (!list.start(this.clock.instant())) {
			throw SpeakersRefusal.conflict((list.currentId() == null)
					? new Said("refusal.speakers.nobodyHasTheFloorCallNext",
							"Nobody has the floor: call the next speaker.")
					: new Said("refusal.speakers.timerRunning", "The timer is running already."));
		}
		return changed(list);
	}

	@Transactional
	public SpeakersListView pause(MeetingId meeting, Actor actor) {
		var list = lockForRunner(meeting, actor);
		var current = list.currentId();
		if (current == null) {
			throw SpeakersRefusal.conflict(new Said("refusal.speakers.nobodyHasTheFloor", "Nobody has the floor."));
		}
		entry(list, current).addUsed(list.pause(this.clock.instant()));
		return changed(list);
	}

	/** A delegation not in the room when its turn comes. */
	@Transactional
	public SpeakersListView absent(MeetingId meeting, UUID inscription, Actor actor) {
		var list = lockForRunner(meeting, actor);
		var entry = entry(list, inscription);
		var now = this.clock.instant();
		if (entry.id().equals(list.currentId())) {
			entry.addUsed(list.pause(now));
			list.clearFloor();
		}
		else if (entry.status() != InscriptionStatus.WAITING) {
			throw SpeakersRefusal.conflict(new Said("refusal.speakers.spokenAlready",
					"%s has spoken already.".formatted(name(entry.delegation())), said(entry.delegation())));
		}
		entry.absent(now);
		this.audit.record(actor, "speakers.absent", "meeting " + meeting, entry.delegation());
		return changed(list);
	}

	/**
	 * A point of order (rule 71): taken at once; the speaker it interrupts resumes with
	 * the time they had left when the secretariat calls the next speaker.
	 */
	@Transactional
	public SpeakersListView pointOfOrder(MeetingId meeting, String delegation, Actor actor) {
		if (delegation.isBlank()) {
			throw new InvalidInput("delegation", "Choose the delegation that raises the point of order.",
					"refusal.speakers.choosePointOfOrderDelegation");
		}
		var code = code(delegation);
		var list = lockForRunner(meeting, actor);
		this.delegations.delegation(code);
		var now = this.clock.instant();
		var current = list.currentId();
		if (current != null) {
			var speaker = entry(list, current);
			if (speaker.kind() == InscriptionKind.POINT_OF_ORDER) {
				throw SpeakersRefusal.conflict(new Said("refusal.speakers.pointOfOrderBeingHeard",
						"A point of order is being heard: call the next speaker first."));
			}
			speaker.addUsed(list.pause(now));
			list.interrupt(now);
		}
		var points = this.inscriptions.findByListIdOrderByKindAscPositionAsc(list.id())
			.stream()
			.filter((i) -> i.kind() == InscriptionKind.POINT_OF_ORDER)
			.count();
		var point = this.inscriptions
			.save(new Inscription(list.id(), code.value(), null, InscriptionKind.POINT_OF_ORDER,
					Inscription.MEMBER_STATE, list.takeSequence(), (int) points + 1, actor.username(), now));
		list.giveFloor(point, list.limitMs(point), now);
		this.audit.record(actor, "speakers.point-of-order", "meeting " + meeting, code.value());
		return changed(list);
	}

	private void endTurn(SpeakersList list, java.time.Instant now) {
		var current = list.currentId();
		if (current == null) {
			return;
		}
		var speaker = entry(list, current);
		speaker.addUsed(list.pause(now));
		if (speaker.kind() == InscriptionKind.POINT_OF_ORDER || !current.equals(list.interruptedId())) {
			speaker.finish(now);
			if (this.statements.existsById(speaker.id())) {
				this.events.publishEvent(new StatementPublished(new MeetingId(list.meetingId()), speaker.id()));
			}
		}
		list.clearFloor();
	}

	private static @Nullable Inscription waiting(List<Inscription> all, InscriptionKind kind) {
		return all.stream()
			.filter((i) -> i.kind() == kind && i.status() == InscriptionStatus.WAITING)
			.min(Comparator.comparingInt(Inscription::position))
			.orElse(null);
	}

	private Inscription entry(SpeakersList list, UUID inscription) {
		return this.inscriptions.findById(inscription)
			.filter((i) -> i.listIdIs(list.id()))
			.orElseThrow(() -> SpeakersRefusal.noInscription(inscription));
	}

	private SpeakersList lockForRunner(MeetingId meeting, Actor actor) {
		requireRunner(this.programme.meeting(meeting), actor);
		return this.lists.lockByMeetingId(meeting.value()).orElseThrow(() -> SpeakersRefusal.noList(meeting));
	}

	/** Whether someone keeps this meeting's list: pages offer the console by it. */
	public boolean mayRun(MeetingView meeting, Actor actor) {
		return actor.mayRun(meeting.process().value());
	}

	private void requireRunner(MeetingView meeting, Actor actor) {
		requireRunner(meeting.process().value(), "keep the speakers list", actor);
	}

	/**
	 * Refuses all but the facilitators and secretariat of a process (and the register's
	 * keepers): a delegate or the public is not permitted, an officer of another process
	 * is told it is not theirs.
	 */
	private void requireRunner(UUID process, String action, Actor actor) {
		if (actor.mayRun(process)) {
			return;
		}
		if (actor.isAnonymous() || actor.delegation().isPresent()) {
			throw new NotPermitted(actor, action);
		}
		throw new NotYourProcess(actor, process, this.processes.process(new ProcessId(process)).shortName());
	}

	private static void requireLimits(String field, int... seconds) {
		for (var limit : seconds) {
			if (limit < 30 || limit > 3600) {
				throw new InvalidInput(field, "A time limit is between 30 seconds and an hour.",
						"refusal.speakers.timeLimitRange");
			}
		}
	}

	private void requireFor(MeetingView meeting, String delegation, Actor actor) {
		if (actor.mayRun(meeting.process().value()) || actor.actsFor(delegation)) {
			return;
		}
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, new Said("refusal.action.inscribeDelegation", "inscribe a delegation"));
		}
		throw new NotYourDelegation(actor, delegation);
	}

	private static DelegationCode code(String delegation) {
		try {
			return DelegationCode.of(delegation);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInput.of("delegation", ex);
		}
	}

	private SpeakersListView changed(SpeakersList list) {
		this.lists.flush();
		var view = view(list);
		this.live.publish(view);
		return view;
	}

	private SpeakersListView view(SpeakersList list) {
		var all = this.inscriptions.findByListIdOrderByKindAscPositionAsc(list.id());
		var withStatement = new java.util.HashSet<>(
				this.statements.findAllById(all.stream().map(Inscription::id).toList())
					.stream()
					.map(Statement::inscriptionId)
					.toList());
		var byKind = new java.util.EnumMap<InscriptionKind, List<InscriptionView>>(InscriptionKind.class);
		for (var kind : InscriptionKind.values()) {
			byKind.put(kind, new ArrayList<>());
		}
		InscriptionView current = null;
		for (var inscription : all) {
			var view = inscription.toView(name(inscription.delegation()), list.limitMs(inscription),
					withStatement.contains(inscription.id()));
			byKind.get(inscription.kind()).add(view);
			if (inscription.id().equals(list.currentId())) {
				current = view;
			}
		}
		byKind.values().forEach((views) -> views.sort(Comparator.comparingInt(InscriptionView::position)));
		return new SpeakersListView(list.meetingId(), list.processId(), list.status(), list.limitSeconds(),
				list.groupLimitSeconds(), list.replyLimitSeconds(), current, list.timer(this.clock.instant()),
				byKind.get(InscriptionKind.STATEMENT), byKind.get(InscriptionKind.REPLY),
				byKind.get(InscriptionKind.POINT_OF_ORDER));
	}

	/**
	 * A speaker — "Mexico", or "Mexico, on behalf of G77" — for a refusal to say in the
	 * page's language.
	 */
	private Object said(InscriptionView entry) {
		if (entry.onBehalfOf() == null) {
			return said(entry.delegation());
		}
		return new Said("speakers.onBehalfOf.speaker", entry.speaker(), said(entry.delegation()),
				this.stateNames.groupName(entry.onBehalfOf(), entry.onBehalfOf()));
	}

	/** The delegation's name in each language, for a refusal to say it in the page's. */
	private ProperName said(String code) {
		return this.stateNames.name(code, name(code));
	}

	/** A delegation's name, read from the register once. */
	private String name(String code) {
		return this.names.computeIfAbsent(code,
				(c) -> this.delegations.find(DelegationCode.of(c)).map((d) -> d.name()).orElse(c));
	}

}
