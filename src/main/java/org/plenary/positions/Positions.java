package org.plenary.positions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.SpeakerKind;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.process.TopicView;
import org.plenary.system.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Positions of delegations and groups on a process's topics. A delegate states their own
 * delegation's position; a group's is stated by its coordinator's delegates. The
 * facilitators and secretariat of the process read every version; the public reads only
 * published ones. From the positions: who shares a stance, how far a delegation agrees
 * with its groups, and the convergence map.
 */
@Service
public class Positions {

	private final PositionRepository positions;

	private final StanceOptionRepository stances;

	private final Processes processes;

	private final Delegations delegations;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Positions(PositionRepository positions, StanceOptionRepository stances, Processes processes,
			Delegations delegations, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.positions = positions;
		this.stances = stances;
		this.processes = processes;
		this.delegations = delegations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The stances a process offers, topic by topic in their order. */
	@Transactional(readOnly = true)
	public List<StanceView> stances(ProcessId process) {
		return this.stances.findByProcessIdOrderByOrdinalAsc(process.value())
			.stream()
			.map(StanceOption::toView)
			.toList();
	}

	/**
	 * Offers a stance on a topic of the process: its facilitators and secretariat may
	 * (403 for others); refuses a topic of another process and a label given twice.
	 */
	@Transactional
	public StanceView offerStance(ProcessId process, UUID topic, String label, Actor actor) {
		var found = this.processes.process(process);
		if (!actor.mayRun(found.id().value())) {
			throw new NotYourProcess(actor, found.id().value(), found.shortName());
		}
		topicOf(found, topic);
		var trimmed = label.strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new InvalidInput("label", "A stance needs a label of at most 200 characters.",
					"refusal.positions.stanceLabel");
		}
		if (this.stances.existsByTopicIdAndLabelIgnoreCase(topic, trimmed)) {
			throw new InvalidInput("label", "The topic offers \"%s\" already.".formatted(trimmed),
					"refusal.positions.stanceExists", trimmed);
		}
		var stance = this.stances
			.save(new StanceOption(found.id().value(), topic, trimmed, this.stances.countByTopicId(topic) + 1));
		this.audit.record(actor, "positions.stance", "process " + found.shortName(), trimmed);
		return stance.toView();
	}

	/**
	 * States a position, or changes it: a new version, the earlier kept. Only the
	 * holder's delegates (for a group, its coordinator's) may: 403 for anyone else, the
	 * facilitators included.
	 */
	@Transactional
	public PositionView state(StatePosition stated, Actor actor) {
		var process = this.processes.process(stated.process());
		var holder = this.delegations.speaker(stated.holder(), "holder");
		this.delegations.requireSpeaksFor(holder, actor, "state a position");
		var topic = topicOf(process, stated.topic());
		if (stated.stance() != null
				&& this.stances.findById(stated.stance()).filter((s) -> s.topicId().equals(topic.id())).isEmpty()) {
			throw new InvalidInput("stance", "That stance is not one of \"%s\".".formatted(topic.title()),
					"refusal.positions.notAStanceOf", topic.title());
		}
		var position = this.positions
			.findByProcessIdAndTopicIdAndHolderKindAndHolder(process.id().value(), topic.id(), holder.kind(),
					holder.key())
			.orElseGet(() -> new Position(process.id().value(), topic.id(), holder.kind(), holder.key()));
		int number = position.state(stated, actor.username(), this.clock.instant());
		var saved = this.positions.saveAndFlush(position);
		this.audit.record(actor, "positions.stated", "process " + process.shortName(),
				"%s on %s, version %d".formatted(holder.key(), topic.title(), number));
		this.events.publishEvent(new PositionStated(process.id(), saved.id(), stated.published()));
		return view(saved, process, actor, labels(saved)).orElseThrow();
	}

	/** The positions the reader may see in a process, topic by topic. */
	@Transactional(readOnly = true)
	public List<PositionView> positions(ProcessId process, Actor actor) {
		var found = this.processes.process(process);
		var topicOrder = topicOrder(found);
		var labels = labels(found);
		return this.positions.findByProcessId(process.value())
			.stream()
			.map((p) -> view(p, found, actor, labels))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing((PositionView p) -> topicOrder.getOrDefault(p.topic(), 0))
				.thenComparing(PositionView::holderName))
			.toList();
	}

	/**
	 * One position of a process as the reader may see it: nothing when it is not the
	 * process's, or the reader may read none of its versions. What search stores for each
	 * position stated, without reading every other position of the process again.
	 */
	@Transactional(readOnly = true)
	public Optional<PositionView> position(ProcessId process, UUID position, Actor actor) {
		var found = this.processes.process(process);
		return this.positions.findById(position)
			.filter((p) -> p.processId().equals(process.value()))
			.flatMap((p) -> view(p, found, actor, labels(p)));
	}

	/**
	 * How far a delegation's stances agree with each group it belongs to, over the
	 * positions the reader may see: topics where both stated a stance, and how many
	 * agree.
	 */
	@Transactional(readOnly = true)
	public Alignment alignment(ProcessId process, String delegation, Actor actor) {
		var code = DelegationCode.of(delegation);
		var who = this.delegations.delegation(code);
		var found = this.processes.process(process);
		var standing = standing(found, actor, null);
		var groups = new ArrayList<Alignment.GroupAgreement>();
		for (var group : this.delegations.groupsOf(code)) {
			var topics = new ArrayList<Alignment.TopicComparison>();
			int agreed = 0;
			int compared = 0;
			for (var topic : found.topics()) {
				var mine = standing.get(key(SpeakerKind.DELEGATION, code.value(), topic.id()));
				var theirs = standing.get(key(SpeakerKind.GROUP, group.shortName(), topic.id()));
				var mineLabel = mine == null ? null : mine.stanceLabel();
				var theirsLabel = theirs == null ? null : theirs.stanceLabel();
				if (mineLabel == null && theirsLabel == null) {
					continue;
				}
				boolean same = mine != null && theirs != null && mine.stance() != null
						&& mine.stance().equals(theirs.stance());
				if (mine != null && theirs != null && mine.stance() != null && theirs.stance() != null) {
					compared++;
					agreed += same ? 1 : 0;
				}
				topics.add(new Alignment.TopicComparison(topic.title(), mineLabel, theirsLabel, same));
			}
			groups.add(new Alignment.GroupAgreement(group.shortName(), group.name(), agreed, compared,
					compared == 0 ? null : (double) agreed / compared, topics));
		}
		return new Alignment(code.value(), who.name(), groups);
	}

	/**
	 * The convergence map of a process: for each topic, who holds which stance
	 * (delegations, or groups), and the convergence index, as positions stood at the end
	 * of a session (the latest when none is given), with its change from an earlier one.
	 */
	@Transactional(readOnly = true)
	public ConvergenceMap convergence(ProcessId process, SpeakerKind holderKind, @Nullable Integer session,
			@Nullable Integer comparedWith, Actor actor) {
		if (session != null && comparedWith != null && comparedWith >= session) {
			throw new InvalidInput("compareWith", "Compare with an earlier session than the %dth.".formatted(session),
					"refusal.positions.compareEarlierSession", session);
		}
		var found = this.processes.process(process);
		var now = standing(found, actor, session);
		var earlier = comparedWith == null ? null : standing(found, actor, comparedWith);
		var stancesByTopic = new HashMap<UUID, List<StanceView>>();
		stances(process).forEach((s) -> stancesByTopic.computeIfAbsent(s.topic(), (t) -> new ArrayList<>()).add(s));
		var columns = new LinkedHashMap<String, ConvergenceMap.Holder>();
		var topics = new ArrayList<ConvergenceMap.TopicConvergence>();
		for (var topic : found.topics()) {
			var offered = stancesByTopic.getOrDefault(topic.id(), List.of());
			var holdersOf = new LinkedHashMap<UUID, List<String>>();
			offered.forEach((s) -> holdersOf.put(s.id(), new ArrayList<>()));
			var cells = new HashMap<String, Integer>();
			now.forEach((k, version) -> {
				if (k.kind() != holderKind || !k.topic().equals(topic.id()) || version.stance() == null
						|| !holdersOf.containsKey(version.stance())) {
					return;
				}
				holdersOf.get(version.stance()).add(k.holder());
				cells.put(k.holder(), ordinalOf(offered, version.stance()));
				columns.computeIfAbsent(k.holder(), (h) -> column(holderKind, h));
			});
			int stated = holdersOf.values().stream().mapToInt(List::size).sum();
			var stanceHolders = offered.stream()
				.map((s) -> new ConvergenceMap.StanceHolders(s.label(), s.ordinal(),
						holdersOf.get(s.id()).stream().sorted().toList()))
				.toList();
			topics.add(new ConvergenceMap.TopicConvergence(topic.id().toString(), topic.title(), stanceHolders, stated,
					index(holdersOf.values().stream().map(List::size).toList()),
					earlier == null ? null : index(countsAt(earlier, holderKind, topic.id(), offered)), cells));
		}
		var sortedColumns = columns.values()
			.stream()
			.sorted(Comparator
				.comparing((ConvergenceMap.Holder h) -> h.regionalGroup() == null ? 99 : h.regionalGroup().ordinal())
				.thenComparing(ConvergenceMap.Holder::name))
			.toList();
		return new ConvergenceMap(holderKind, session, comparedWith, sortedColumns, topics);
	}

	/**
	 * The largest stance's share among those who stated a stance: 1 when all agree,
	 * nothing when nobody stated one.
	 */
	static @Nullable Double index(List<Integer> counts) {
		int all = counts.stream().mapToInt(Integer::intValue).sum();
		if (all == 0) {
			return null;
		}
		return (double) counts.stream().mapToInt(Integer::intValue).max().orElse(0) / all;
	}

	private static List<Integer> countsAt(Map<StandingKey, PositionVersionView> standing, SpeakerKind kind, UUID topic,
			List<StanceView> offered) {
		var counts = new LinkedHashMap<UUID, Integer>();
		offered.forEach((s) -> counts.put(s.id(), 0));
		standing.forEach((k, v) -> {
			if (k.kind() == kind && k.topic().equals(topic) && v.stance() != null && counts.containsKey(v.stance())) {
				counts.merge(v.stance(), 1, Integer::sum);
			}
		});
		return List.copyOf(counts.values());
	}

	private static int ordinalOf(List<StanceView> offered, UUID stance) {
		for (int i = 0; i < offered.size(); i++) {
			if (offered.get(i).id().equals(stance)) {
				return i;
			}
		}
		return -1;
	}

	private ConvergenceMap.Holder column(SpeakerKind kind, String key) {
		if (kind == SpeakerKind.DELEGATION) {
			var delegation = this.delegations.delegation(DelegationCode.of(key));
			return new ConvergenceMap.Holder(key, delegation.name(), delegation.regionalGroup());
		}
		return new ConvergenceMap.Holder(key, this.delegations.speaker(kind, key).name(), null);
	}

	record StandingKey(SpeakerKind kind, String holder, UUID topic) {
	}

	private static StandingKey key(SpeakerKind kind, String holder, UUID topic) {
		return new StandingKey(kind, holder, topic);
	}

	/**
	 * Each holder's position per topic as the reader may see it, as it stood at the end
	 * of a session (its latest version of that session or before), or now.
	 */
	private Map<StandingKey, PositionVersionView> standing(ProcessView process, Actor actor,
			@Nullable Integer session) {
		var standing = new HashMap<StandingKey, PositionVersionView>();
		var labels = labels(process);
		for (var position : this.positions.findByProcessId(process.id().value())) {
			view(position, process, actor, labels).ifPresent((view) -> view.versions()
				.stream()
				.filter((v) -> session == null || v.session() <= session)
				.reduce((first, second) -> second)
				.ifPresent((v) -> standing.put(key(view.holderKind(), view.holder(), view.topic()), v)));
		}
		return standing;
	}

	/** The versions the reader may read; nothing when none. */
	private Optional<PositionView> view(Position position, ProcessView process, Actor actor, Map<UUID, String> labels) {
		var holder = this.delegations.speaker(position.holderKind(), position.holder());
		boolean readsAll = actor.mayRun(process.id().value()) || this.delegations.speaksWithin(holder, actor);
		var versions = position.versions()
			.stream()
			.filter((v) -> readsAll || v.isPublished())
			.map((v) -> v.toView(v.stanceId() == null ? null : labels.get(v.stanceId())))
			.toList();
		if (versions.isEmpty()) {
			return Optional.empty();
		}
		var topic = process.topics()
			.stream()
			.filter((t) -> t.id().equals(position.topicId()))
			.findFirst()
			.map(TopicView::title)
			.orElse("(a topic no longer listed)");
		return Optional.of(new PositionView(position.id(), process.id(), position.topicId(), topic,
				position.holderKind(), position.holder(), holder.name(), versions, position.version()));
	}

	/**
	 * The labels of the stances one position's versions chose, each read by its id (the
	 * stances of a process are already in hand when it was just stated), rather than
	 * every stance the process offers.
	 */
	private Map<UUID, String> labels(Position position) {
		var labels = new HashMap<UUID, String>();
		position.versions()
			.stream()
			.map(PositionVersion::stanceId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((id) -> this.stances.findById(id).ifPresent((s) -> labels.put(s.id(), s.toView().label())));
		return labels;
	}

	private Map<UUID, String> labels(ProcessView process) {
		var labels = new HashMap<UUID, String>();
		this.stances.findByProcessIdOrderByOrdinalAsc(process.id().value())
			.forEach((s) -> labels.put(s.id(), s.toView().label()));
		return labels;
	}

	private static TopicView topicOf(ProcessView process, UUID topic) {
		return process.topics()
			.stream()
			.filter((t) -> t.id().equals(topic))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("topic", "That is not a topic of %s.".formatted(process.shortName()),
					"refusal.positions.notATopicOf", process.shortName()));
	}

	private static Map<UUID, Integer> topicOrder(ProcessView process) {
		var order = new HashMap<UUID, Integer>();
		for (int i = 0; i < process.topics().size(); i++) {
			order.put(process.topics().get(i).id(), i);
		}
		return order;
	}

}
