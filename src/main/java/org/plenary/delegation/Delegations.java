package org.plenary.delegation;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.system.InvalidInput;
import org.plenary.system.Said;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of delegations and groups of States. Anyone reads it. Groups are kept by
 * the administrator and the Office of the President, and a group's membership also by the
 * delegates of the State that coordinates it.
 */
@Service
public class Delegations {

	private final DelegationRepository delegations;

	private final GroupRepository groups;

	private final AuditTrail audit;

	private final Clock clock;

	Delegations(DelegationRepository delegations, GroupRepository groups, AuditTrail audit, Clock clock) {
		this.delegations = delegations;
		this.groups = groups;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Names in the order of the United Nations' lists: letters with accents among their
	 * plain letters (Côte d'Ivoire before Croatia, Türkiye before Turkmenistan), whatever
	 * the database's collation.
	 */
	static final Comparator<String> UN_NAMES = unNames();

	static final Comparator<Delegation> IN_UN_ORDER = Comparator.comparing(Delegation::name, UN_NAMES);

	private static Comparator<String> unNames() {
		var collator = java.text.Collator.getInstance(java.util.Locale.ENGLISH);
		collator.setStrength(java.text.Collator.TERTIARY);
		return collator::compare;
	}

	/** The delegations that match the filter, by name in the UN's order. */
	@Transactional(readOnly = true)
	public List<DelegationView> delegations(DelegationFilter filter) {
		var members = filter.group() == null ? null
				: group(filter.group()).members().stream().map(GroupView.Member::code).collect(Collectors.toSet());
		var words = filter.name() == null ? "" : fold(filter.name());
		return this.delegations.findAllByOrderByNameAsc()
			.stream()
			.sorted(IN_UN_ORDER)
			.filter((d) -> filter.kind() == null || d.kind() == filter.kind())
			.filter((d) -> filter.regionalGroup() == null || d.regionalGroup() == filter.regionalGroup())
			.filter((d) -> members == null || members.contains(new DelegationCode(d.code())))
			.filter((d) -> words.isBlank() || fold(d.name()).contains(words) || fold(d.code()).equals(words))
			.map(Delegation::toView)
			.toList();
	}

	/**
	 * The delegation with this code. Refuses an unknown code with
	 * {@link DelegationNotFound}.
	 */
	@Transactional(readOnly = true)
	public DelegationView delegation(DelegationCode code) {
		return find(code).orElseThrow(() -> new DelegationNotFound(code));
	}

	@Transactional(readOnly = true)
	public Optional<DelegationView> find(DelegationCode code) {
		return this.delegations.findById(code.value()).map(Delegation::toView);
	}

	@Transactional(readOnly = true)
	public List<GroupView> groups() {
		var names = names();
		return this.groups.findAllByOrderByShortNameAsc().stream().map((g) -> view(g, names)).toList();
	}

	@Transactional(readOnly = true)
	public GroupView group(GroupId id) {
		return view(this.groups.findById(id.value()).orElseThrow(() -> new GroupNotFound(id)), names());
	}

	/** The group with this short name ("G4", "L.69"), ignoring case. */
	@Transactional(readOnly = true)
	public Optional<GroupView> groupNamed(String shortName) {
		return this.groups.findByShortNameIgnoreCase(shortName.trim()).map((g) -> view(g, names()));
	}

	/**
	 * Who a text names as the holder of a position, a model or an amendment: a
	 * delegation's code ("LIE") or a group's short name ("G4", "UfC");
	 * {@link InvalidInput} on the field otherwise.
	 */
	@Transactional(readOnly = true)
	public Speaker speaker(String holder, String field) {
		if (holder.strip().matches("[A-Za-z]{3}")) {
			var found = find(DelegationCode.of(holder.strip().toUpperCase(Locale.ROOT)));
			if (found.isPresent()) {
				return new Speaker(SpeakerKind.DELEGATION, found.get().code().value(), found.get().name());
			}
		}
		// The group's own names only: its members' names (every delegation read) are not
		// needed here.
		return this.groups.findByShortNameIgnoreCase(holder.trim())
			.map((g) -> new Speaker(SpeakerKind.GROUP, g.shortName(), g.name()))
			.orElseThrow(() -> new InvalidInput(field,
					"'%s' is neither a delegation's code nor a group's short name.".formatted(holder),
					"refusal.delegation.notAHolder", holder));
	}

	/** A stored holder, by its kind and key, with its name (the key when it is gone). */
	@Transactional(readOnly = true)
	public Speaker speaker(SpeakerKind kind, String key) {
		var name = kind == SpeakerKind.DELEGATION ? find(DelegationCode.of(key)).map(DelegationView::name).orElse(key)
				: this.groups.findByShortNameIgnoreCase(key.trim()).map(GroupOfStates::name).orElse(key);
		return new Speaker(kind, key, name);
	}

	/**
	 * Refuses anyone but the delegation's delegates or, for a group, its coordinator's:
	 * {@link NotYourDelegation} or {@link NotPermitted} (403, 401 for the public).
	 */
	@Transactional(readOnly = true)
	public void requireSpeaksFor(Speaker speaker, Actor actor, String what) {
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, what);
		}
		if (speaker.kind() == SpeakerKind.DELEGATION) {
			if (!actor.actsFor(speaker.key())) {
				throw new NotYourDelegation(actor, speaker.key());
			}
			return;
		}
		// The group alone: its view would read every delegation to name its members.
		var group = this.groups.findByShortNameIgnoreCase(speaker.key().trim()).orElseThrow();
		var coordinator = group.coordinatorOn(LocalDate.now(this.clock));
		if (coordinator == null || !actor.actsFor(coordinator)) {
			throw new NotPermitted(actor, "%s for %s: only its coordinator%s may".formatted(what, group.shortName(),
					coordinator == null ? " (it has none on record)" : " (" + coordinator + ")"));
		}
	}

	/**
	 * Whether the actor is a delegate of the holder, or of a member of the holding group.
	 */
	@Transactional(readOnly = true)
	public boolean speaksWithin(Speaker speaker, Actor actor) {
		if (speaker.kind() == SpeakerKind.DELEGATION) {
			return actor.actsFor(speaker.key());
		}
		return this.groups.findByShortNameIgnoreCase(speaker.key().trim())
			.map((g) -> g.memberships().stream().anyMatch((m) -> m.isCurrent() && actor.actsFor(m.delegationCode())))
			.orElse(false);
	}

	/** The groups the delegation belongs to now. */
	@Transactional(readOnly = true)
	public List<GroupView> groupsOf(DelegationCode code) {
		var names = names();
		return this.groups.findAllByOrderByShortNameAsc()
			.stream()
			.filter((g) -> g.hasMember(code.value()))
			.map((g) -> view(g, names))
			.toList();
	}

	/**
	 * Adds a group to the register. Refuses all but who keeps the register, a taken short
	 * name, unknown members.
	 */
	@Transactional
	public GroupView createGroup(NewGroup group, Actor actor) {
		if (!actor.keepsTheRegister()) {
			throw new NotPermitted(actor, new Said("refusal.action.addGroups", "add groups of States"));
		}
		var shortName = group.shortName().trim();
		if (this.groups.existsByShortNameIgnoreCase(shortName)) {
			throw new InvalidInput("shortName", "A group named %s exists already.".formatted(shortName),
					"refusal.delegation.groupExists", shortName);
		}
		var created = new GroupOfStates(shortName, group.name().trim(), blankToNull(group.description()),
				blankToNull(group.sourceNote()));
		var today = LocalDate.now(this.clock);
		for (var member : group.members()) {
			delegation(member);
			created.join(member.value(), today);
		}
		this.groups.save(created);
		this.audit.record(actor, "group.created", "group " + shortName, group.members().size() + " members");
		return view(created, names());
	}

	/**
	 * Changes a group's name, description and coordinator. The coordinator must be a
	 * member.
	 */
	@Transactional
	public GroupView describeGroup(GroupId id, String name, @Nullable String description,
			@Nullable DelegationCode coordinator, Actor actor) {
		var group = load(id);
		if (!actor.keepsTheRegister()) {
			throw new NotPermitted(actor, new Said("refusal.action.changeGroups", "change groups of States"));
		}
		group.describe(name.trim(), blankToNull(description), coordinator == null ? null : coordinator.value());
		this.audit.record(actor, "group.described", "group " + group.shortName(),
				"coordinator " + (coordinator == null ? "none" : coordinator));
		return view(group, names());
	}

	/**
	 * Records the State that coordinates (chairs) a group and the dates of its term, or
	 * that nobody does: the PGA office and the administrator may. The coordinator must be
	 * a member; a term ends on or after it begins.
	 */
	@Transactional
	public GroupView appointCoordinator(GroupId id, @Nullable DelegationCode coordinator, @Nullable LocalDate from,
			@Nullable LocalDate until, Actor actor) {
		var group = load(id);
		if (!actor.keepsTheRegister()) {
			throw new NotPermitted(actor, new Said("refusal.action.recordCoordinator",
					"record the coordinator of " + group.shortName(), group.shortName()));
		}
		if (from != null && until != null && until.isBefore(from)) {
			throw new InvalidInput("until",
					"The term ends before it begins: give an end on or after %s.".formatted(
							from.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))),
					"refusal.delegation.termEndsBeforeBegins", from);
		}
		if (coordinator != null) {
			delegation(coordinator);
		}
		group.appointCoordinator(coordinator == null ? null : coordinator.value(), from, until);
		this.audit.record(actor, "group.coordinator", "group " + group.shortName(), coordinator == null ? "none"
				: coordinator + " from " + (from == null ? "-" : from) + " until " + (until == null ? "-" : until));
		return view(group, names());
	}

	/**
	 * A delegation joins a group today. Refuses those who may not keep the group, unknown
	 * and current members.
	 */
	@Transactional
	public GroupView join(GroupId id, DelegationCode member, Actor actor) {
		var group = load(id);
		requireKeeperOf(group, actor);
		delegation(member);
		group.join(member.value(), LocalDate.now(this.clock));
		this.audit.record(actor, "group.joined", "group " + group.shortName(), member + " joined");
		return view(group, names());
	}

	/** A delegation leaves a group today; its membership stays in the group's history. */
	@Transactional
	public GroupView leave(GroupId id, DelegationCode member, Actor actor) {
		var group = load(id);
		requireKeeperOf(group, actor);
		group.leave(member.value(), LocalDate.now(this.clock));
		this.audit.record(actor, "group.left", "group " + group.shortName(), member + " left");
		return view(group, names());
	}

	/**
	 * Who may change a group's membership: who keeps the register, or a delegate of the
	 * coordinating State.
	 */
	private void requireKeeperOf(GroupOfStates group, Actor actor) {
		if (actor.keepsTheRegister()) {
			return;
		}
		var coordinator = group.coordinatorOn(LocalDate.now(this.clock));
		if (coordinator != null && actor.actsFor(coordinator)) {
			return;
		}
		if (actor.delegation().isPresent()) {
			throw new NotYourDelegation(actor, coordinator == null ? group.shortName() : coordinator);
		}
		throw new NotPermitted(actor, new Said("refusal.action.changeMembers",
				"change the members of " + group.shortName(), group.shortName()));
	}

	private GroupOfStates load(GroupId id) {
		return this.groups.findById(id.value()).orElseThrow(() -> new GroupNotFound(id));
	}

	private Map<String, Delegation> names() {
		return this.delegations.findAll().stream().collect(Collectors.toMap(Delegation::code, Function.identity()));
	}

	private GroupView view(GroupOfStates group, Map<String, Delegation> register) {
		var clock = this.clock;
		Function<Membership, GroupView.Member> member = (m) -> {
			var delegation = register.get(m.delegationCode());
			return new GroupView.Member(new DelegationCode(m.delegationCode()),
					delegation == null ? m.delegationCode() : delegation.name(),
					delegation == null ? null : delegation.regionalGroup(), m.joinedOn(), m.leftOn());
		};
		var byName = Comparator.comparing(GroupView.Member::name, UN_NAMES);
		var current = group.memberships().stream().filter(Membership::isCurrent).map(member).sorted(byName).toList();
		var former = group.memberships().stream().filter((m) -> !m.isCurrent()).map(member).sorted(byName).toList();
		var onRecord = group.coordinatorCode();
		var today = group.coordinatorOn(LocalDate.now(clock));
		var coordination = onRecord == null ? null
				: new GroupView.Coordination(new DelegationCode(onRecord),
						register.containsKey(onRecord) ? register.get(onRecord).name() : onRecord,
						group.coordinatorFrom(), group.coordinatorUntil(), today != null);
		return new GroupView(group.id(), group.shortName(), group.name(), group.description(),
				today == null ? null : new DelegationCode(today), coordination, group.sourceNote(), current, former);
	}

	/**
	 * Lower case without accents, so that "cote d'ivoire" finds "Côte d'Ivoire" and
	 * "turkiye" finds "Türkiye".
	 */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
