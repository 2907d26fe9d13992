package org.plenary.positions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.RegionalGroup;
import org.plenary.delegation.Speaker;
import org.plenary.delegation.SpeakerKind;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.plenary.system.Said;
import org.plenary.system.WordDiff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Elements of Commonality and Issues for Further Consideration of a process. Its
 * facilitators and secretariat draft a revision (a copy of the last one issued), compose
 * it cluster by cluster — each element linked to the positions that support and oppose it
 * — and issue it; it never changes afterwards. Anyone reads the issued revisions and what
 * changed between two. Delegations propose changes to an element; the facilitators accept
 * them (into the draft) or not, with a reason, and the proposer sees the answer.
 */
@Service
public class Elements {

	private final ElementsRevisionRepository revisions;

	private final ElementProposalRepository proposals;

	private final PositionRepository positions;

	private final Processes processes;

	private final Delegations delegations;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Elements(ElementsRevisionRepository revisions, ElementProposalRepository proposals, PositionRepository positions,
			Processes processes, Delegations delegations, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.events = events;
		this.revisions = revisions;
		this.proposals = proposals;
		this.positions = positions;
		this.processes = processes;
		this.delegations = delegations;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The revisions the reader may see, the first first: issued ones, and the draft for
	 * those who run the process.
	 */
	@Transactional(readOnly = true)
	public List<ElementsRevisionView> revisions(ProcessId process, Actor actor) {
		var found = this.processes.process(process);
		return this.revisions.findByProcessIdOrderByNumberAsc(process.value())
			.stream()
			.filter((r) -> r.status() == RevisionStatus.ISSUED || actor.mayRun(process.value()))
			.map((r) -> view(r, found, actor))
			.toList();
	}

	/** One revision; a draft only for those who run the process (404 for others). */
	@Transactional(readOnly = true)
	public ElementsRevisionView revision(ProcessId process, int number, Actor actor) {
		var found = this.processes.process(process);
		return view(load(found, number, actor), found, actor);
	}

	/**
	 * Opens the next revision as a draft: a copy of the last one (the same elements, the
	 * same lineage). Refuses while a draft is open (409).
	 */
	@Transactional
	public ElementsRevisionView draft(ProcessId process, String title, int session, LocalDate dated, Actor actor) {
		var found = requireRunner(process, actor);
		if (title.isBlank() || title.length() > 300) {
			throw new InvalidInput("title", "A revision needs a title of at most 300 characters.",
					"refusal.positions.revisionTitle");
		}
		var all = this.revisions.findByProcessIdOrderByNumberAsc(process.value());
		if (all.stream().anyMatch((r) -> r.status() == RevisionStatus.DRAFT)) {
			throw new ElementsRefusal(HttpStatus.CONFLICT, new Said("refusal.title.aDraftIsOpen", "A draft is open"),
					new Said("refusal.positions.draftOpen",
							"Revision %d is still a draft: issue it first.".formatted(all.get(all.size() - 1).number()),
							all.get(all.size() - 1).number()));
		}
		var last = all.isEmpty() ? null : all.get(all.size() - 1);
		if (last != null && dated.isBefore(last.dated())) {
			throw new InvalidInput("dated",
					"Revision %d is dated %s; the next cannot be earlier.".formatted(last.number(), last.dated()),
					"refusal.positions.revisionDatedEarlier", last.number(), last.dated());
		}
		var elements = last == null ? List.<Element>of() : last.elements().stream().map(Element::copy).toList();
		var revision = this.revisions.saveAndFlush(new ElementsRevision(process.value(),
				last == null ? 1 : last.number() + 1, title.strip(), session, dated, elements));
		this.audit.record(actor, "elements.drafted", "process " + found.shortName(), "revision " + revision.number());
		return view(revision, found, actor);
	}

	/** Adds an element to the draft, in its cluster, after the others. */
	@Transactional
	public ElementsRevisionView add(ProcessId process, int number, NewElement element, @Nullable Long version,
			Actor actor) {
		var found = requireRunner(process, actor);
		var revision = loadForChange(found, number, version, actor);
		topicOf(found, element.topic());
		requireLinks(found, element);
		revision.add(element.topic(), element.kind(), element.text(), element.links());
		return saved(revision, found, actor, "elements.element-added");
	}

	/** Changes an element of the draft: its kind, text and links. */
	@Transactional
	public ElementsRevisionView change(ProcessId process, int number, UUID lineage, NewElement element,
			@Nullable Long version, Actor actor) {
		var found = requireRunner(process, actor);
		var revision = loadForChange(found, number, version, actor);
		requireLinks(found, element);
		revision.change(lineage, element.kind(), element.text(), element.links());
		return saved(revision, found, actor, "elements.element-changed");
	}

	/** Removes an element from the draft. */
	@Transactional
	public ElementsRevisionView remove(ProcessId process, int number, UUID lineage, @Nullable Long version,
			Actor actor) {
		var found = requireRunner(process, actor);
		var revision = loadForChange(found, number, version, actor);
		revision.remove(lineage);
		return saved(revision, found, actor, "elements.element-removed");
	}

	/** Issues the draft: from now on it never changes. */
	@Transactional
	public ElementsRevisionView issue(ProcessId process, int number, Actor actor) {
		var found = requireRunner(process, actor);
		var revision = load(found, number, actor);
		revision.issue(this.clock.instant());
		var view = saved(revision, found, actor, "elements.issued");
		this.events.publishEvent(new ElementsIssued(found.id(), number));
		return view;
	}

	/** What changed from one revision to another, element by element and word by word. */
	@Transactional(readOnly = true)
	public ElementsComparison compare(ProcessId process, int from, int to, Actor actor) {
		var found = this.processes.process(process);
		if (from == to) {
			throw new InvalidInput("to", "Compare two different revisions.", "refusal.positions.compareTwoRevisions");
		}
		var before = load(found, from, actor);
		var after = load(found, to, actor);
		var titles = topicTitles(found);
		var changes = new ArrayList<ElementsComparison.ElementChange>();
		var earlier = new HashMap<UUID, Element>();
		before.elements().forEach((e) -> earlier.put(e.lineage(), e));
		for (var element : ordered(after, found)) {
			var previous = earlier.remove(element.lineage());
			var cluster = titles.getOrDefault(element.topicId(), "");
			if (previous == null) {
				changes.add(new ElementsComparison.ElementChange(element.lineage(), cluster,
						ElementsComparison.Status.ADDED, null, element.kind(),
						List.of(new WordDiff.Run(WordDiff.Change.INSERTED, element.text()))));
				continue;
			}
			boolean same = previous.text().equals(element.text()) && previous.kind() == element.kind();
			changes.add(new ElementsComparison.ElementChange(element.lineage(), cluster,
					same ? ElementsComparison.Status.UNCHANGED : ElementsComparison.Status.CHANGED, previous.kind(),
					element.kind(), WordDiff.between(previous.text(), element.text())));
		}
		for (var removed : ordered(before, found)) {
			if (earlier.containsKey(removed.lineage())) {
				changes.add(new ElementsComparison.ElementChange(removed.lineage(),
						titles.getOrDefault(removed.topicId(), ""), ElementsComparison.Status.REMOVED, removed.kind(),
						null, List.of(new WordDiff.Run(WordDiff.Change.DELETED, removed.text()))));
			}
		}
		return new ElementsComparison(from, to, changes);
	}

	/**
	 * Proposes a change to an element of the latest issued revision, for the proposer's
	 * own delegation (or a group it coordinates): 403 otherwise.
	 */
	@Transactional
	public ProposalView propose(ProcessId process, UUID lineage, ProposeChange proposed, Actor actor) {
		var found = this.processes.process(process);
		var holder = this.delegations.speaker(proposed.holder(), "holder");
		this.delegations.requireSpeaksFor(holder, actor, "propose a change");
		var issued = this.revisions.findByProcessIdOrderByNumberAsc(process.value())
			.stream()
			.filter((r) -> r.status() == RevisionStatus.ISSUED)
			.reduce((a, b) -> b)
			.orElseThrow(() -> new ElementsRefusal(HttpStatus.CONFLICT,
					new Said("refusal.title.nothingIssued", "Nothing issued"),
					new Said("refusal.positions.nothingIssued",
							"%s has issued no revision to propose changes to.".formatted(found.shortName()),
							found.shortName())));
		var element = issued.element(lineage);
		if (proposed.oldText() != null && !spaced(element.text()).contains(spaced(proposed.oldText()))) {
			throw new InvalidInput("oldText",
					"The words \"%s\" are not in %s: quote them as they stand in the issued revision %d."
						.formatted(proposed.oldText(), elementName(found, element), issued.number()),
					"refusal.positions.wordsNotInElement", proposed.oldText(), elementName(found, element),
					issued.number());
		}
		var proposal = this.proposals.save(new ElementProposal(process.value(), lineage, issued.number(), holder.kind(),
				holder.key(), proposed, actor.username(), this.clock.instant()));
		this.audit.record(actor, "elements.proposed", "process " + found.shortName(),
				"%s: %s".formatted(holder.key(), proposed.change()));
		return proposal.toView(holder.name(), elementName(found, element));
	}

	/**
	 * Answers a proposal, once, with a reason; an accepted one is made in the open draft
	 * (409 when there is none, or when its words are no longer there).
	 */
	@Transactional
	public ProposalView decide(ProcessId process, UUID proposal, boolean accepted, @Nullable String reason,
			Actor actor) {
		var found = requireRunner(process, actor);
		var loaded = this.proposals.findById(proposal)
			.filter((p) -> p.processId().equals(process.value()))
			.orElseThrow(() -> new ElementsRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchProposal", "No such proposal"),
					new Said("refusal.positions.noSuchProposal",
							"%s has no such proposal.".formatted(found.shortName()), found.shortName())));
		if (accepted) {
			var draft = this.revisions.findByProcessIdOrderByNumberAsc(process.value())
				.stream()
				.filter((r) -> r.status() == RevisionStatus.DRAFT)
				.findFirst()
				.orElseThrow(() -> new ElementsRefusal(HttpStatus.CONFLICT,
						new Said("refusal.title.noDraft", "No draft"),
						new Said("refusal.positions.noDraft", "Open a draft revision to accept changes into.")));
			draft.rewrite(loaded.lineage(), loaded.applyTo(draft.element(loaded.lineage()).text()));
		}
		loaded.decide(accepted, reason == null || reason.isBlank() ? null : reason.strip(), actor.username(),
				this.clock.instant());
		this.proposals.flush();
		this.audit.record(actor, "elements.decided", "process " + found.shortName(),
				(accepted ? "accepted " : "not accepted ") + loaded.id());
		return loaded.toView(this.delegations.speaker(loaded.holderKind(), loaded.holder()).name(),
				elementName(found, loaded));
	}

	/**
	 * The proposals a reader may see: all of them for those who run the process, a
	 * delegation's own (and its groups') for its delegates.
	 */
	@Transactional(readOnly = true)
	public List<ProposalView> proposals(ProcessId process, Actor actor) {
		var found = this.processes.process(process);
		var visible = new ArrayList<ProposalView>();
		for (var proposal : this.proposals.findByProcessIdOrderByProposedAtAsc(process.value())) {
			var holder = this.delegations.speaker(proposal.holderKind(), proposal.holder());
			if (actor.mayRun(process.value()) || this.delegations.speaksWithin(holder, actor)) {
				visible.add(proposal.toView(holder.name(), elementName(found, proposal)));
			}
		}
		return visible;
	}

	/**
	 * Withdraws a proposal not yet answered: the delegates of the delegation that made it
	 * (or of the coordinator of the group it was made for) may, 403 for others; an
	 * answered proposal stays (409).
	 */
	@Transactional
	public void withdraw(ProcessId process, UUID proposal, Actor actor) {
		var found = this.processes.process(process);
		var loaded = this.proposals.findById(proposal)
			.filter((p) -> p.processId().equals(process.value()))
			.orElseThrow(() -> new ElementsRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchProposal", "No such proposal"),
					new Said("refusal.positions.noSuchProposal",
							"%s has no such proposal.".formatted(found.shortName()), found.shortName())));
		var holder = this.delegations.speaker(loaded.holderKind(), loaded.holder());
		this.delegations.requireSpeaksFor(holder, actor, "withdraw the proposal");
		if (!loaded.isPending()) {
			throw new ElementsRefusal(HttpStatus.CONFLICT,
					new Said("refusal.title.answeredAlready", "Answered already"),
					new Said("refusal.positions.answeredStaysOnRecord",
							"The facilitators have answered this proposal: it stays on the record."));
		}
		this.proposals.delete(loaded);
		this.audit.record(actor, "elements.withdrawn", "process " + found.shortName(),
				"%s withdrew %s".formatted(holder.key(), proposal));
	}

	/** Whether someone may withdraw the proposal: pages offer the action by it. */
	@Transactional(readOnly = true)
	public boolean mayWithdraw(ProposalView proposal, Actor actor) {
		if (proposal.outcome() != ProposalOutcome.PENDING || actor.isAnonymous()) {
			return false;
		}
		if (proposal.holderKind() == SpeakerKind.DELEGATION) {
			return actor.actsFor(proposal.holder());
		}
		return this.delegations.groupNamed(proposal.holder())
			.map((g) -> g.coordinator() != null && actor.actsFor(g.coordinator().value()))
			.orElse(false);
	}

	/** "Categories of membership, element 2": the element a proposal concerns. */
	private String elementName(ProcessView process, ElementProposal proposal) {
		return this.revisions.findByProcessIdAndNumber(process.id().value(), proposal.againstNumber())
			.map((revision) -> {
				try {
					return elementName(process, revision.element(proposal.lineage()));
				}
				catch (ElementsRefusal gone) {
					return "An element no longer in revision " + revision.number();
				}
			})
			.orElse("An element");
	}

	private static String elementName(ProcessView process, Element element) {
		var topic = process.topics()
			.stream()
			.filter((t) -> t.id().equals(element.topicId()))
			.map((t) -> t.title())
			.findFirst()
			.orElse("Element");
		return "%s, element %d".formatted(topic, element.ordinal());
	}

	/** Text with its runs of white space as single spaces, to find quoted words in. */
	private static String spaced(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	private ElementsRevisionView saved(ElementsRevision revision, ProcessView process, Actor actor, String action) {
		this.revisions.flush();
		this.audit.record(actor, action, "process " + process.shortName(), "revision " + revision.number());
		return view(revision, process, actor);
	}

	private ProcessView requireRunner(ProcessId process, Actor actor) {
		var found = this.processes.process(process);
		if (!actor.mayRun(process.value())) {
			throw new NotYourProcess(actor, process.value(), found.shortName());
		}
		return found;
	}

	private ElementsRevision load(ProcessView process, int number, Actor actor) {
		return this.revisions.findByProcessIdAndNumber(process.id().value(), number)
			.filter((r) -> r.status() == RevisionStatus.ISSUED || actor.mayRun(process.id().value()))
			.orElseThrow(() -> new ElementsRefusal(HttpStatus.NOT_FOUND,
					new Said("refusal.title.noSuchRevision", "No such revision"),
					new Said("refusal.positions.noSuchRevision",
							"%s has no revision %d of its Elements.".formatted(process.shortName(), number),
							process.shortName(), number)));
	}

	private ElementsRevision loadForChange(ProcessView process, int number, @Nullable Long version, Actor actor) {
		var revision = load(process, number, actor);
		if (version != null && version != revision.version()) {
			throw new ObjectOptimisticLockingFailureException(ElementsRevision.class, revision.number());
		}
		return revision;
	}

	private void requireLinks(ProcessView process, NewElement element) {
		for (var position : element.links()) {
			var found = this.positions.findById(position.position())
				.filter((p) -> p.processId().equals(process.id().value()));
			if (found.isEmpty()) {
				throw new InvalidInput(position.supports() ? "supporting" : "opposing",
						"A linked position is not one of %s.".formatted(process.shortName()),
						"refusal.positions.linkedPositionNotOf", process.shortName());
			}
		}
	}

	private static void topicOf(ProcessView process, UUID topic) {
		if (process.topics().stream().noneMatch((t) -> t.id().equals(topic))) {
			throw new InvalidInput("topic", "That is not a cluster of %s.".formatted(process.shortName()),
					"refusal.positions.notAClusterOf", process.shortName());
		}
	}

	private static Map<UUID, String> topicTitles(ProcessView process) {
		var titles = new HashMap<UUID, String>();
		process.topics().forEach((t) -> titles.put(t.id(), t.title()));
		return titles;
	}

	/**
	 * The elements in the process's order of clusters, then their order in the cluster.
	 */
	private static List<Element> ordered(ElementsRevision revision, ProcessView process) {
		var order = new HashMap<UUID, Integer>();
		for (int i = 0; i < process.topics().size(); i++) {
			order.put(process.topics().get(i).id(), i);
		}
		return revision.elements()
			.stream()
			.sorted(java.util.Comparator.comparing((Element e) -> order.getOrDefault(e.topicId(), 999))
				.thenComparingInt(Element::ordinal))
			.toList();
	}

	private ElementsRevisionView view(ElementsRevision revision, ProcessView process, Actor actor) {
		var byTopic = new java.util.LinkedHashMap<UUID, List<ElementsRevisionView.ElementView>>();
		process.topics().forEach((t) -> byTopic.put(t.id(), new ArrayList<>()));
		var visible = new HashMap<UUID, Speaker>();
		// Each holder looked up once: a group holds a position on every cluster, and each
		// look-up of a group is a query.
		var holders = new HashMap<String, Speaker>();
		for (var position : this.positions.findByProcessId(process.id().value())) {
			var holder = holders.computeIfAbsent(position.holderKind() + ":" + position.holder(),
					(k) -> this.delegations.speaker(position.holderKind(), position.holder()));
			boolean readable = actor.mayRun(process.id().value()) || this.delegations.speaksWithin(holder, actor)
					|| position.versions().stream().anyMatch(PositionVersion::isPublished);
			if (readable) {
				visible.put(position.id(), holder);
			}
		}
		for (var element : ordered(revision, process)) {
			byTopic.computeIfAbsent(element.topicId(), (t) -> new ArrayList<>())
				.add(new ElementsRevisionView.ElementView(element.lineage(), element.ordinal(), element.kind(),
						element.text(), support(element, visible),
						element.links()
							.stream()
							.filter((l) -> l.supports() && visible.containsKey(l.position()))
							.map(ElementLink::position)
							.toList(),
						element.links()
							.stream()
							.filter((l) -> !l.supports() && visible.containsKey(l.position()))
							.map(ElementLink::position)
							.toList()));
		}
		var titles = topicTitles(process);
		var clusters = byTopic.entrySet()
			.stream()
			.map((e) -> new ElementsRevisionView.Cluster(e.getKey(), titles.getOrDefault(e.getKey(), ""), e.getValue()))
			.toList();
		return new ElementsRevisionView(process.id(), process.name(), revision.number(), revision.title(),
				revision.session(), revision.dated(), revision.status(), revision.issuedAt(), clusters,
				revision.version());
	}

	private ElementsRevisionView.Support support(Element element, Map<UUID, Speaker> visible) {
		int delegationsFor = 0;
		int groupsFor = 0;
		int delegationsAgainst = 0;
		int groupsAgainst = 0;
		var regionsFor = new EnumMap<RegionalGroup, Integer>(RegionalGroup.class);
		var regionsAgainst = new EnumMap<RegionalGroup, Integer>(RegionalGroup.class);
		var supporters = new ArrayList<String>();
		var opponents = new ArrayList<String>();
		for (var link : element.links()) {
			var holder = visible.get(link.position());
			if (holder == null) {
				continue;
			}
			(link.supports() ? supporters : opponents).add(holder.name());
			if (holder.kind() == SpeakerKind.GROUP) {
				if (link.supports()) {
					groupsFor++;
				}
				else {
					groupsAgainst++;
				}
				continue;
			}
			if (link.supports()) {
				delegationsFor++;
			}
			else {
				delegationsAgainst++;
			}
			var region = this.delegations.find(DelegationCode.of(holder.key())).map((d) -> d.regionalGroup());
			if (region.isPresent() && region.get() != null) {
				(link.supports() ? regionsFor : regionsAgainst).merge(region.get(), 1, Integer::sum);
			}
		}
		return new ElementsRevisionView.Support(delegationsFor, groupsFor, delegationsAgainst, groupsAgainst,
				regionsFor, regionsAgainst, supporters, opponents);
	}

}
