package org.plenary.correspondence;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.process.Sessions;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingNotFound;
import org.plenary.schedule.MeetingView;
import org.plenary.schedule.Programme;
import org.plenary.system.InvalidInput;
import org.plenary.system.Said;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of every process: compose a draft, revise it, sign it, circulate it, and
 * correct a circulated letter with a new one. The President's office writes transmittals
 * and appointments; a process's facilitators and secretariat write its letters. Drafts
 * are read only by those who may write them; circulated letters by everyone.
 */
@Service
public class Letters {

	private static final TypeReference<List<MeetingView>> FROZEN = new TypeReference<>() {
	};

	/**
	 * The newest first, undated letters last: sorted here, because databases disagree
	 * where nulls go and JPA's criteria do not say.
	 */
	private static final java.util.Comparator<Letter> NEWEST_FIRST = java.util.Comparator.comparing(Letter::writtenOn,
			java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()));

	private final LetterRepository letters;

	private final Processes processes;

	private final Programme programme;

	private final Sessions sessions;

	private final Delegations delegations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JsonMapper json;

	Letters(LetterRepository letters, Processes processes, Programme programme, Sessions sessions,
			Delegations delegations, AuditTrail audit, ApplicationEventPublisher events, Clock clock, JsonMapper json) {
		this.delegations = delegations;
		this.sessions = sessions;
		this.json = json;
		this.letters = letters;
		this.processes = processes;
		this.programme = programme;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Writes a new draft. */
	@Transactional
	public LetterView compose(LetterDraft draft, Actor actor) {
		requireWriter(draft, actor);
		requirePresident(draft);
		check(draft, null);
		var letter = this.letters.save(new Letter(draft));
		this.audit.record(actor, "letter.drafted", "letter " + letter.id(), describe(draft));
		return saved(letter);
	}

	/** Rewrites a draft. Refuses a signed or circulated letter, and a stale version. */
	@Transactional
	public LetterView revise(LetterId id, LetterDraft draft, long expectedVersion, Actor actor) {
		var letter = load(id);
		requireWriter(letter.kind(), letter.processId(), actor);
		requireWriter(draft, actor);
		if (letter.status() != LetterStatus.DRAFT) {
			throw new LetterClosed(letter.id(), letter.status(), LetterClosed.Action.CHANGE);
		}
		if (letter.version() != expectedVersion) {
			throw new OptimisticLockingFailureException("Letter " + id + " was changed by someone else");
		}
		requirePresident(draft);
		check(draft, letter.id());
		letter.revise(draft);
		this.audit.record(actor, "letter.revised", "letter " + id, describe(draft));
		return saved(letter);
	}

	/**
	 * Adds a draft's version in another of the six languages, or replaces the one it has
	 * in it; the letter's writers may, as they may revise it. A signed or circulated
	 * letter never changes (409).
	 */
	@Transactional
	public LetterView addVersion(LetterId id, LetterVersion version, Actor actor) {
		var letter = load(id);
		requireWriter(letter.kind(), letter.processId(), actor);
		letter.translate(version);
		this.audit.record(actor, "letter.version.added", "letter " + id, version.language().tag());
		return saved(letter);
	}

	/** Signs a draft: from now on it is circulated as it is. */
	@Transactional
	public LetterView sign(LetterId id, Actor actor) {
		var letter = load(id);
		requireWriter(letter.kind(), letter.processId(), actor);
		letter.sign(this.clock.instant());
		this.audit.record(actor, "letter.signed", "letter " + id, null);
		return saved(letter);
	}

	/**
	 * Circulates a signed letter to the Permanent Representatives; it never changes
	 * again. A letter that corrects another is circulated the same way.
	 */
	@Transactional
	public LetterView circulate(LetterId id, Actor actor) {
		var letter = load(id);
		requireWriter(letter.kind(), letter.processId(), actor);
		var circulated = letter.circulate(this.clock.instant(), this.json.writeValueAsString(liveProgramme(letter)));
		this.audit.record(actor, "letter.circulated", "letter " + id, null);
		this.events.publishEvent(circulated);
		return saved(letter);
	}

	/**
	 * Stores a letter of the archive, imported from its text: circulated as it was, once
	 * a person has reviewed it. Whoever runs the process may record its letters, the
	 * President's transmittals among them; nobody is notified of a letter of the past.
	 */
	@Transactional
	public LetterView archive(LetterDraft draft, Actor actor) {
		requireArchivist(draft.process(), actor);
		check(draft, null);
		var letter = new Letter(draft);
		var now = this.clock.instant();
		letter.sign(now);
		letter.circulate(now, this.json.writeValueAsString(liveProgramme(letter)));
		this.letters.save(letter);
		this.audit.record(actor, "letter.imported", "letter " + letter.id(), describe(draft));
		this.events.publishEvent(new LetterArchived(new LetterId(letter.id()), letter.processId()));
		return saved(letter);
	}

	/**
	 * Deletes a draft that nobody needs: its writers may; a signed or circulated letter
	 * stays (409), and so does a draft another letter encloses or corrects. Answers the
	 * process the letter belonged to, if any.
	 */
	@Transactional
	public @Nullable UUID discard(LetterId id, Actor actor) {
		var letter = load(id);
		requireWriter(letter.kind(), letter.processId(), actor);
		if (letter.status() != LetterStatus.DRAFT) {
			throw new LetterClosed(letter.id(), letter.status(), LetterClosed.Action.DELETE);
		}
		if (this.letters.existsByEnclosureId(letter.id()) || this.letters.existsByCorrectsId(letter.id())) {
			throw new InvalidInput("letter",
					"Another letter encloses or corrects this draft: delete or change that letter first.",
					"refusal.correspondence.enclosedOrCorrected");
		}
		this.letters.delete(letter);
		this.audit.record(actor, "letter.deleted", "letter " + id, describe(letter));
		return letter.processId();
	}

	/**
	 * Drafts the correction of a circulated letter: a copy that refers to it, to be
	 * revised, signed and circulated in turn.
	 */
	@Transactional
	public LetterView correct(LetterId id, Actor actor) {
		var original = load(id);
		requireWriter(original.kind(), original.processId(), actor);
		if (original.status() != LetterStatus.CIRCULATED) {
			throw new LetterClosed(original.id(), original.status(), LetterClosed.Action.CORRECT);
		}
		var view = view(original);
		var correction = new Letter(new LetterDraft(view.kind(), view.process(), view.writtenOn(), view.place(),
				view.addressees(), view.salutation(), view.paragraphs(), view.signatories(), view.references(),
				view.enclosure(), original.programme(), view.language()));
		correction.correct(original.id());
		view.translations().forEach(correction::translate);
		this.letters.save(correction);
		this.audit.record(actor, "letter.correction.drafted", "letter " + correction.id(), "corrects " + id);
		return saved(correction);
	}

	/** One letter; a draft only for those who may write it, 404 for everyone else. */
	@Transactional(readOnly = true)
	public LetterView letter(LetterId id, Actor actor) {
		var letter = load(id);
		if (!mayRead(letter, actor)) {
			throw new LetterNotFound(id);
		}
		return view(letter);
	}

	/**
	 * Whether someone may read a letter: everyone a circulated one, its writers a draft
	 * or a signed one.
	 */
	private boolean mayRead(Letter letter, Actor actor) {
		return letter.status() == LetterStatus.CIRCULATED || mayWrite(letter.kind(), letter.processId(), actor);
	}

	/** The letters that transmit a letter, as far as the reader may read them. */
	@Transactional(readOnly = true)
	public List<LetterView> transmitting(LetterId enclosed, Actor actor) {
		return this.letters.findByEnclosureId(enclosed.value())
			.stream()
			.filter((l) -> mayRead(l, actor))
			.map(this::view)
			.toList();
	}

	/**
	 * The letter a letter's reference to "the letter of 14 January 2031" names: the one
	 * of that date in the same process, when there is exactly one the reader may read.
	 */
	@Transactional(readOnly = true)
	public Optional<LetterView> referredTo(LetterView letter, Reference reference, Actor actor) {
		var date = reference.letterDate();
		if (date == null || letter.process() == null) {
			return Optional.empty();
		}
		var found = this.letters.findByProcessIdAndWrittenOn(letter.process(), date)
			.stream()
			.filter((l) -> !l.id().equals(letter.id().value()))
			.filter((l) -> mayRead(l, actor))
			.toList();
		return found.size() == 1 ? Optional.of(view(found.get(0))) : Optional.empty();
	}

	/**
	 * A letter followed by what it encloses, as far as the reader may read: what its
	 * printed form holds.
	 */
	@Transactional(readOnly = true)
	public List<LetterView> withEnclosures(LetterId id, Actor actor) {
		var all = new java.util.ArrayList<LetterView>();
		var next = letter(id, actor);
		all.add(next);
		while (next.enclosure() != null && all.size() < 10) {
			var enclosed = this.letters.findById(next.enclosure().value()).orElse(null);
			if (enclosed == null || (enclosed.status() != LetterStatus.CIRCULATED
					&& !mayWrite(enclosed.kind(), enclosed.processId(), actor))) {
				break;
			}
			next = view(enclosed);
			all.add(next);
		}
		return all;
	}

	/**
	 * The letters someone may read, the newest first: every circulated letter, and the
	 * drafts and signed letters they may write. Only a process's letters when one is
	 * given.
	 */
	@Transactional(readOnly = true)
	public List<LetterView> letters(@Nullable ProcessId process, Actor actor) {
		return letters(process, null, actor);
	}

	/**
	 * The letters someone may read, the newest first, of a process and written during a
	 * session when they are given.
	 */
	@Transactional(readOnly = true)
	public List<LetterView> letters(@Nullable ProcessId process, @Nullable Integer session, Actor actor) {
		if (process != null) {
			this.processes.process(process);
		}
		var during = session == null ? null : this.sessions.session(session);
		return this.letters.findAll()
			.stream()
			.sorted(NEWEST_FIRST)
			.filter((l) -> process == null || process.value().equals(l.processId()))
			.filter((l) -> during == null || (l.writtenOn() != null && during.isOpenOn(l.writtenOn())))
			.filter((l) -> mayRead(l, actor))
			.map(this::view)
			.toList();
	}

	/** The letters someone may read that announce a meeting, the newest first. */
	@Transactional(readOnly = true)
	public List<LetterView> announcing(MeetingId meeting, Actor actor) {
		return this.letters.findAnnouncing(meeting.value())
			.stream()
			.filter((l) -> mayRead(l, actor))
			.map(this::view)
			.toList();
	}

	/**
	 * A transmittal is signed by the President of the session it is written in: refused
	 * while no President is recorded for it, saying how to record one.
	 */
	private void requirePresident(LetterDraft draft) {
		if (draft.kind() != LetterKind.TRANSMITTAL || draft.writtenOn() == null) {
			return;
		}
		var day = LetterView.UN_DATE.format(draft.writtenOn());
		var session = this.sessions.sessionOn(draft.writtenOn())
			.orElseThrow(() -> new InvalidInput("writtenOn", ("No session of the General Assembly is recorded for %s, "
					+ "so no President can sign this transmittal. The PGA office adds the session and records its "
					+ "President on the Sessions page; then save the letter again.")
				.formatted(day), "refusal.correspondence.noSessionOn", draft.writtenOn()));
		if (session.presidentName() == null || session.presidentName().isBlank()) {
			throw new InvalidInput("writtenOn",
					("No President is recorded for the %s session, who signs this transmittal. The PGA office "
							+ "records the President on the Sessions page (%s session, \"Record the President\"); "
							+ "then save the letter again.")
						.formatted(session.ordinal(), session.ordinal()),
					"refusal.correspondence.noPresident", new Said.Ordinal(session.number()),
					new Said.Ordinal(session.number()));
		}
	}

	private void check(LetterDraft draft, @Nullable UUID self) {
		for (var signatory : draft.signatories()) {
			if (signatory.delegation() != null) {
				try {
					this.delegations.delegation(DelegationCode.of(signatory.delegation()));
				}
				catch (RuntimeException ex) {
					throw new InvalidInput("signatories",
							"%s signs for %s, which is not a delegation of the register.".formatted(signatory.name(),
									signatory.delegation()),
							"refusal.correspondence.signsForUnknown", signatory.name(), signatory.delegation());
				}
			}
		}
		var enclosure = draft.enclosure();
		if (enclosure != null) {
			if (enclosure.value().equals(self) || !this.letters.existsById(enclosure.value())) {
				throw new InvalidInput("enclosure", "There is no other letter %s to transmit.".formatted(enclosure),
						"refusal.correspondence.noEnclosure", enclosure);
			}
		}
		List<MeetingView> programme;
		try {
			programme = this.programme.meetings(draft.programme().stream().map(MeetingId::new).toList());
		}
		catch (MeetingNotFound ex) {
			throw new InvalidInput("programme", ex.said());
		}
		for (var meeting : programme) {
			if (draft.process() == null || !meeting.process().value().equals(draft.process())) {
				throw new InvalidInput("programme",
						"Meeting %s is not on the programme of this letter's process.".formatted(meeting.id()),
						"refusal.correspondence.meetingNotInProcess", meeting.id());
			}
		}
	}

	/**
	 * Refuses to import letters for anyone but who runs the process (or keeps the
	 * register, for letters of no process).
	 */
	void requireArchivist(@Nullable UUID process, Actor actor) {
		if (process == null) {
			if (!actor.keepsTheRegister()) {
				throw new NotPermitted(actor,
						new Said("refusal.action.importLettersOfNoProcess", "import letters of no process"));
			}
			return;
		}
		var known = this.processes.process(new ProcessId(process));
		if (actor.isAnonymous()) {
			throw new NotPermitted(actor, new Said("refusal.action.importLetters", "import letters"));
		}
		if (!actor.mayRun(process)) {
			throw new NotYourProcess(actor, process, known.shortName());
		}
	}

	private void requireWriter(LetterDraft draft, Actor actor) {
		if (draft.process() != null) {
			this.processes.process(new ProcessId(draft.process()));
		}
		else if (!draft.kind().isThePresidents()) {
			throw new InvalidInput("process", "A facilitators' letter belongs to a process.",
					"refusal.correspondence.facilitatorsLetterProcess");
		}
		requireWriter(draft.kind(), draft.process(), actor);
	}

	private void requireWriter(LetterKind kind, @Nullable UUID process, Actor actor) {
		if (mayWrite(kind, process, actor)) {
			return;
		}
		if (actor.isAnonymous() || kind.isThePresidents() || process == null) {
			throw new NotPermitted(actor,
					new Said("refusal.action.writePresidentsLetters", "write the President's letters"));
		}
		throw new NotYourProcess(actor, process, this.processes.process(new ProcessId(process)).shortName());
	}

	/**
	 * Whether someone may write letters of this kind in this process: pages offer the
	 * actions by it.
	 */
	public boolean mayWrite(LetterKind kind, @Nullable ProcessId process, Actor actor) {
		return mayWrite(kind, process == null ? null : process.value(), actor);
	}

	private static boolean mayWrite(LetterKind kind, @Nullable UUID process, Actor actor) {
		if (actor.keepsTheRegister()) {
			return true;
		}
		return !kind.isThePresidents() && process != null && actor.mayRun(process);
	}

	private Letter load(LetterId id) {
		return this.letters.findById(id.value()).orElseThrow(() -> new LetterNotFound(id));
	}

	/**
	 * The view of a changed letter, with the version the next change must name: written
	 * to the database first, so that the version is the one stored.
	 */
	private LetterView saved(Letter letter) {
		this.letters.flush();
		return view(letter);
	}

	private LetterView view(Letter letter) {
		var frozen = letter.programmeAsCirculated();
		return letter.toView(frozen == null ? liveProgramme(letter) : this.json.readValue(frozen, FROZEN));
	}

	/** The meetings of a letter's programme as the programme of work holds them now. */
	private List<MeetingView> liveProgramme(Letter letter) {
		return this.programme.meetings(letter.programme().stream().map(MeetingId::new).toList());
	}

	private static String describe(Letter letter) {
		return "%s of %s".formatted(letter.kind().name().toLowerCase(),
				letter.writtenOn() == null ? "no date" : LetterView.UN_DATE.format(letter.writtenOn()));
	}

	private static String describe(LetterDraft draft) {
		return "%s of %s".formatted(draft.kind().name().toLowerCase(),
				draft.writtenOn() == null ? "no date" : LetterView.UN_DATE.format(draft.writtenOn()));
	}

}
