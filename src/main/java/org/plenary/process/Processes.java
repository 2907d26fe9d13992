package org.plenary.process;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.DelegationView;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourProcess;
import org.plenary.system.InvalidInput;
import org.plenary.system.InvalidValue;
import org.plenary.system.Said;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The processes the Assembly mandates. Anyone reads them. The administrator and the
 * Office of the President add processes and appoint facilitators; a process's
 * facilitators and secretariat keep its mandate, topics and rules.
 */
@Service
public class Processes {

	private final ProcessRepository processes;

	private final AssemblySessionRepository sessions;

	private final Delegations delegations;

	private final AuditTrail audit;

	Processes(ProcessRepository processes, AssemblySessionRepository sessions, Delegations delegations,
			AuditTrail audit) {
		this.processes = processes;
		this.sessions = sessions;
		this.delegations = delegations;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<ProcessView> processes() {
		return this.processes.findAllByOrderByShortNameAsc().stream().map(this::view).toList();
	}

	/** The process with this id. Refuses an unknown id with {@link ProcessNotFound}. */
	@Transactional(readOnly = true)
	public ProcessView process(ProcessId id) {
		return view(load(id));
	}

	/** The process whose page address ends with this slug ("ign"). */
	@Transactional(readOnly = true)
	public ProcessView process(String slug) {
		return view(this.processes.findBySlug(slug).orElseThrow(() -> new ProcessNotFound(slug)));
	}

	@Transactional(readOnly = true)
	public Optional<ProcessView> find(ProcessId id) {
		return this.processes.findById(id.value()).map(this::view);
	}

	/**
	 * A process's id and version, read cheaply: what pages and feeds built from it are
	 * keyed by.
	 */
	@Transactional(readOnly = true)
	public Optional<ProcessStamp> stamp(String slug) {
		return this.processes.findBySlug(slug).map((p) -> new ProcessStamp(p.id(), p.version()));
	}

	@Transactional(readOnly = true)
	public Optional<ProcessStamp> stamp(ProcessId id) {
		return this.processes.findById(id.value()).map((p) -> new ProcessStamp(p.id(), p.version()));
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return this.processes.count() == 0;
	}

	/**
	 * Adds a process. Refuses all but who keeps the register, and a short name already
	 * used.
	 */
	@Transactional
	public ProcessView create(NewProcess command, Actor actor) {
		if (!actor.keepsTheRegister()) {
			throw new NotPermitted(actor, new Said("refusal.action.addProcesses", "add processes"));
		}
		var limit = command.interventionLimitSeconds() == null ? Process.DEFAULT_INTERVENTION_LIMIT_SECONDS
				: command.interventionLimitSeconds();
		var shortName = command.shortName() == null ? "" : command.shortName().trim();
		if (shortName.isEmpty() || shortName.length() > 40) {
			throw new InvalidInput("shortName", "Give a short name of 1 to 40 characters, such as IGN.",
					"refusal.process.shortName");
		}
		if (command.name() == null || command.name().isBlank() || command.name().trim().length() > 300) {
			throw new InvalidInput("name", "Give a name of 1 to 300 characters.", "refusal.process.name");
		}
		if (command.description() != null && command.description().length() > 2000) {
			throw new InvalidInput("description", "Give a description of at most 2,000 characters.",
					"refusal.process.description");
		}
		refuseTakenShortName(shortName);
		var process = new Process(shortName, command.name(), blankToNull(command.description()), limit);
		this.processes.save(process);
		this.audit.record(actor, "process.created", subject(process), command.name());
		return view(process);
	}

	/**
	 * Refuses a short name another process has already (written the same way in its
	 * address), so that a form can say so together with its other errors.
	 */
	@Transactional(readOnly = true)
	public void refuseTakenShortName(String shortName) {
		var trimmed = shortName.trim();
		if (!trimmed.isEmpty() && trimmed.length() <= 40 && this.processes.existsBySlug(slugOrEmpty(trimmed))) {
			throw new InvalidInput("shortName", "A process with the short name %s exists already.".formatted(trimmed),
					"refusal.process.shortNameTaken", trimmed);
		}
	}

	/** The address a short name gives, or "" for one without a letter or digit. */
	private static String slugOrEmpty(String shortName) {
		try {
			return Process.slugOf(shortName);
		}
		catch (InvalidValue unaddressable) {
			return "";
		}
	}

	/**
	 * Changes name, description, intervention time limit and, when given, the days of
	 * notice for meetings. Refuses those who do not run the process, and a change made on
	 * a version someone else changed since.
	 */
	@Transactional
	public ProcessView describe(ProcessId id, String name, @Nullable String description, int interventionLimitSeconds,
			@Nullable Integer noticeDays, long expectedVersion, Actor actor) {
		var process = loadFor(id, actor);
		if (process.version() != expectedVersion) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"Process " + id + " was changed by someone else");
		}
		process.describe(name, blankToNull(description), interventionLimitSeconds);
		if (noticeDays != null) {
			process.requireNotice(noticeDays);
		}
		this.audit.record(actor, "process.described", subject(process), "time limit " + interventionLimitSeconds + " s"
				+ (noticeDays == null ? "" : ", notice " + noticeDays + " days"));
		return view(process);
	}

	@Transactional
	public ProcessView addToMandate(ProcessId id, MandateEntry entry, Actor actor) {
		var process = loadFor(id, actor);
		process.addToMandate(entry);
		this.audit.record(actor, "process.mandate-added", subject(process), entry.citation());
		return view(process);
	}

	@Transactional
	public ProcessView addTopic(ProcessId id, String title, Actor actor) {
		var process = loadFor(id, actor);
		process.addTopic(title);
		this.audit.record(actor, "process.topic-added", subject(process), title.trim());
		return view(process);
	}

	@Transactional
	public ProcessView removeTopic(ProcessId id, UUID topic, Actor actor) {
		var process = loadFor(id, actor);
		if (process.removeTopic(topic)) {
			this.audit.record(actor, "process.topic-removed", subject(process), topic.toString());
		}
		return view(process);
	}

	/**
	 * Records the President's appointment of a facilitator for a session. Refuses all but
	 * who keeps the register, an unknown session or delegation, and a person appointed
	 * twice for one session.
	 */
	@Transactional
	public ProcessView appoint(ProcessId id, Appointment appointment, Actor actor) {
		var process = load(id);
		if (!actor.keepsTheRegister()) {
			throw new NotPermitted(actor, new Said("refusal.action.appointFacilitators", "appoint facilitators"));
		}
		if (!this.sessions.existsById(appointment.session())) {
			throw new InvalidInput("session",
					"There is no session %d in the register.".formatted(appointment.session()),
					"refusal.process.noSuchSession", appointment.session());
		}
		if (appointment.delegation() != null
				&& this.delegations.find(DelegationCode.of(appointment.delegation())).isEmpty()) {
			throw new InvalidInput("delegation", "There is no delegation " + appointment.delegation() + ".",
					"refusal.process.noSuchDelegation", appointment.delegation());
		}
		process.appoint(appointment);
		this.audit.record(actor, "process.facilitator-appointed", subject(process), "%s, %s, session %d"
			.formatted(appointment.personName(), appointment.role().title(), appointment.session()));
		return view(process);
	}

	@Transactional
	public ProcessView endAppointment(ProcessId id, UUID facilitator, Actor actor) {
		var process = load(id);
		if (!actor.keepsTheRegister()) {
			throw new NotPermitted(actor,
					new Said("refusal.action.endAppointments", "end appointments of facilitators"));
		}
		if (process.endAppointment(facilitator)) {
			this.audit.record(actor, "process.appointment-ended", subject(process), facilitator.toString());
		}
		return view(process);
	}

	private Process load(ProcessId id) {
		return this.processes.findById(id.value()).orElseThrow(() -> new ProcessNotFound(id));
	}

	/**
	 * Loads a process for a change by someone who must run it: its facilitators, its
	 * secretariat, the register.
	 */
	private Process loadFor(ProcessId id, Actor actor) {
		var process = load(id);
		if (!actor.mayRun(id.value())) {
			if (actor.isAnonymous()) {
				throw new NotPermitted(actor,
						new Said("refusal.action.changeProcess", "change " + process.shortName(), process.shortName()));
			}
			throw new NotYourProcess(actor, id.value(), process.shortName());
		}
		return process;
	}

	private static String subject(Process process) {
		return "process " + process.shortName();
	}

	private ProcessView view(Process process) {
		return process
			.toView((code) -> this.delegations.find(DelegationCode.of(code)).map(DelegationView::name).orElse(null));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
