package org.plenary.positions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationFilter;
import org.plenary.delegation.DelegationKind;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.RegionalGroup;
import org.plenary.delegation.Speaker;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reform models of the Security Council: submitted and revised by a State for itself, by
 * a group through its coordinator, or recorded by the secretariat and facilitators of the
 * process; read by anyone, with their figures, and compared side by side.
 */
@Service
public class ReformModels {

	static final int MOST_COMPARED = 5;

	private final ReformModelRepository models;

	private final Processes processes;

	private final Delegations delegations;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReformModels(ReformModelRepository models, Processes processes, Delegations delegations, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.models = models;
		this.processes = processes;
		this.delegations = delegations;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every model, by name; only a process's when one is given. */
	@Transactional(readOnly = true)
	public List<ReformModelView> models(@Nullable ProcessId process) {
		var membership = membership();
		return this.models.findAllByOrderByNameAsc()
			.stream()
			.filter((m) -> process == null || m.processId().equals(process.value()))
			.map((m) -> view(m, membership))
			.toList();
	}

	/**
	 * One model with all its revisions; {@link ReformModelNotFound} for an unknown id.
	 */
	@Transactional(readOnly = true)
	public ReformModelView model(ReformModelId id) {
		return view(load(id), membership());
	}

	/** Today's Council, with the same figures as a model. */
	@Transactional(readOnly = true)
	public ModelRevisionView today() {
		return todayView(membership());
	}

	/**
	 * Submits a model with its first revision. A delegate submits for their own
	 * delegation, or for a group whose coordinator their delegation is; the process's
	 * facilitators and secretariat record any model. Refuses a second model of the same
	 * name in the process (409).
	 */
	@Transactional
	public ReformModelView submit(NewModel model, Actor actor) {
		var process = this.processes.process(model.process());
		var submitter = this.delegations.speaker(model.submittedBy(), "submittedBy");
		requireFor(process.id().value(), submitter, actor);
		if (this.models.existsByProcessIdAndNameIgnoreCase(process.id().value(), model.name())) {
			throw new ModelNameTaken(model.name(), process.shortName());
		}
		var saved = this.models.saveAndFlush(new ReformModel(process.id().value(), model.name(), submitter.kind(),
				submitter.key(), model.revision(), actor.username(), this.clock.instant()));
		this.audit.record(actor, "positions.model", "model " + saved.id(),
				"%s by %s".formatted(model.name(), submitter.key()));
		this.events.publishEvent(new ReformModelPublished(new ReformModelId(saved.id())));
		return view(saved, membership());
	}

	/**
	 * Adds a revision to a model, presented no earlier than the last; the same people who
	 * may submit it may revise it. Refuses a revision made on a version someone else
	 * changed meanwhile (409).
	 */
	@Transactional
	public ReformModelView revise(ReformModelId id, NewRevision revision, @Nullable Long expectedVersion, Actor actor) {
		var model = load(id);
		requireFor(model.processId(), this.delegations.speaker(model.submitterKind(), model.submittedBy()), actor);
		if (expectedVersion != null && expectedVersion != model.version()) {
			throw new ObjectOptimisticLockingFailureException(ReformModel.class, id.value());
		}
		int number = model.revise(revision, actor.username(), this.clock.instant());
		this.models.flush();
		this.audit.record(actor, "positions.model.revised", "model " + id, "revision " + number);
		this.events.publishEvent(new ReformModelPublished(id));
		return view(model, membership());
	}

	/**
	 * Two to five models (or revisions, or today's Council) side by side, the rows the
	 * page, PDF and CSV show, each value marked where it differs from the first column.
	 */
	@Transactional(readOnly = true)
	public ModelComparison compare(List<ModelChoice> choices) {
		if (choices.size() < 2 || choices.size() > MOST_COMPARED) {
			throw new InvalidInput("ids", "Compare from 2 to %d models.".formatted(MOST_COMPARED),
					"refusal.positions.compareTwoToFive", MOST_COMPARED);
		}
		if (new LinkedHashSet<>(choices.stream().map(ModelChoice::toString).toList()).size() < choices.size()) {
			throw new InvalidInput("ids", "Each model (or revision) once.", "refusal.positions.eachModelOnce");
		}
		var membership = membership();
		var columns = new ArrayList<ModelComparison.Column>();
		for (var choice : choices) {
			if (choice.isToday()) {
				columns.add(new ModelComparison.Column(choice, "Today's Council", "Charter, Article 23",
						todayView(membership)));
				continue;
			}
			var model = view(load(choice.model()), membership);
			var revision = choice.revision() == null ? model.latest() : model.revision(choice.revision());
			var heading = model.revisions().size() == 1 ? model.name()
					: "%s, revision %d".formatted(model.name(), revision.number());
			columns.add(new ModelComparison.Column(choice, heading, model.submitterName(), revision));
		}
		return new ModelComparison(columns, rows(columns.stream().map(ModelComparison.Column::revision).toList()));
	}

	private static List<ModelComparison.Row> rows(List<ModelRevisionView> revisions) {
		var rows = new ArrayList<ModelComparison.Row>();
		rows.add(row("models.row.presentedOn", "", revisions, (r) -> r.presentedOn().toString()));
		rows.add(row("models.row.size", "", revisions, (r) -> String.valueOf(r.figures().size())));
		rows.add(row("models.row.sizeChange", "", revisions, (r) -> signed(r.figures().sizeChange())));
		var regions = new LinkedHashSet<SeatRegion>();
		revisions.forEach((r) -> regions.addAll(r.figures().seatsByRegion().keySet()));
		for (var category : SeatCategory.values()) {
			if (revisions.stream().allMatch((r) -> r.figures().seatsByCategory().get(category) == 0)) {
				continue;
			}
			rows.add(row("models.row.category", "models.category." + category, revisions,
					(r) -> String.valueOf(r.figures().seatsByCategory().get(category))));
			for (var region : regions) {
				rows.add(row("models.row.categoryRegion", "models.region." + region, revisions,
						(r) -> String.valueOf(r.seats(category, region))));
			}
		}
		for (var region : regions) {
			rows.add(row("models.row.regionShare", "models.region." + region, revisions, (r) -> share(r, region)));
		}
		rows.add(row("models.row.permanentMembers", "", revisions,
				(r) -> String.valueOf(r.figures().permanentMembers())));
		rows.add(row("models.row.vetoHolders", "", revisions,
				(r) -> String.valueOf(r.figures().vetoHolders())
						+ (r.figures().vetoHoldersAfterReview() != r.figures().vetoHolders()
								? " (" + r.figures().vetoHoldersAfterReview() + " after the review)" : "")));
		rows.add(row("models.row.newMembersVeto", "", revisions, (r) -> words(r.newMembersVeto().name())));
		rows.add(row("models.row.existingVeto", "", revisions, (r) -> words(r.existingVeto().name())));
		rows.add(row("models.row.vetoProposals", "", revisions, (r) -> orDash(r.vetoProposals())));
		rows.add(row("models.row.longerTermYears", "", revisions,
				(r) -> r.longerTermYears() == null ? "—" : r.longerTermYears() + " years"));
		rows.add(row("models.row.reElection", "", revisions, (r) -> words(r.reElection().name())));
		rows.add(row("models.row.review", "", revisions,
				(r) -> r.reviewAfterYears() == null ? orDash(r.reviewClause()) : "after " + r.reviewAfterYears()
						+ " years" + (r.reviewClause() == null ? "" : ": " + r.reviewClause())));
		rows.add(row("models.row.votesNeeded", "", revisions, (r) -> r.votesNeeded() == null ? "—" : "%d of %d (%.0f%%)"
			.formatted(r.votesNeeded(), r.figures().size(), 100.0 * r.figures().votesNeededShare())));
		rows.add(row("models.row.uncertain", "", revisions, (r) -> orDash(r.uncertain())));
		return rows;
	}

	private static ModelComparison.Row row(String key, String argument, List<ModelRevisionView> revisions,
			Function<ModelRevisionView, String> value) {
		var values = revisions.stream().map(value).toList();
		var differs = values.stream().map((v) -> !v.equals(values.get(0))).toList();
		return new ModelComparison.Row(key, argument, values, differs);
	}

	private static String share(ModelRevisionView revision, SeatRegion region) {
		var share = revision.figures().shares().get(region);
		if (share == null) {
			return "0";
		}
		var seats = "%d (%.1f%%)".formatted(share.seats(), 100 * share.seatShare());
		return share.membershipShare() == null ? seats
				: seats + " of seats, %.1f%% of Members".formatted(100 * share.membershipShare());
	}

	private static String signed(int number) {
		return number > 0 ? "+" + number : String.valueOf(number);
	}

	private static String orDash(@Nullable String text) {
		return text == null ? "—" : text;
	}

	/** NOT_STATED as "Not stated". */
	static String words(String constant) {
		var lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}

	/** How many Member States each regional group has, from the register. */
	Membership membership() {
		var members = new EnumMap<RegionalGroup, Integer>(RegionalGroup.class);
		var states = this.delegations.delegations(new DelegationFilter(DelegationKind.MEMBER_STATE, null, null, null));
		for (var state : states) {
			if (state.regionalGroup() != null) {
				members.merge(state.regionalGroup(), 1, Integer::sum);
			}
		}
		return new Membership(members, states.size());
	}

	private ModelRevisionView todayView(Membership membership) {
		var today = Composition.TODAY;
		return new ModelRevisionView(0, "Today's Council", java.time.LocalDate.of(1965, 8, 31), today.counts(),
				NewMembersVeto.NOT_STATED, ExistingVeto.KEEP, null, null, ReElection.NOT_ALLOWED, null, null, 9, null,
				"Charter of the United Nations, Articles 23 and 27, as amended by resolution 1991 A (XVIII), in "
						+ "force since 31 August 1965.",
				null, "plenary", this.clock.instant(),
				ModelFigures.of(today, NewMembersVeto.NOT_STATED, ExistingVeto.KEEP, 9, membership));
	}

	private ReformModel load(@Nullable ReformModelId id) {
		if (id == null) {
			throw new ReformModelNotFound("today");
		}
		return this.models.findById(id.value()).orElseThrow(() -> new ReformModelNotFound(id.toString()));
	}

	private void requireFor(java.util.UUID process, Speaker holder, Actor actor) {
		if (!actor.mayRun(process)) {
			this.delegations.requireSpeaksFor(holder, actor, "submit or revise a model");
		}
	}

	private ReformModelView view(ReformModel model, Membership membership) {
		var revisions = model.revisions().stream().map((r) -> r.toView(membership)).toList();
		var latest = revisions.get(revisions.size() - 1).figures();
		var submitterName = this.delegations.speaker(model.submitterKind(), model.submittedBy()).name();
		return new ReformModelView(new ReformModelId(model.id()), new ProcessId(model.processId()), model.name(),
				model.submitterKind(), model.submittedBy(), submitterName, latest.size(), latest.seatsByRegion(),
				latest.vetoHolders(), revisions, model.version());
	}

}
