package org.plenary.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.identity.Actor;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.system.InvalidInput;
import org.plenary.system.Said;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sessions of the General Assembly. Anyone reads them; the administrator and the
 * Office of the President add a session and record its President.
 */
@Service
public class Sessions {

	private final AssemblySessionRepository sessions;

	private final Delegations delegations;

	private final AuditTrail audit;

	private final Clock clock;

	Sessions(AssemblySessionRepository sessions, Delegations delegations, AuditTrail audit, Clock clock) {
		this.sessions = sessions;
		this.delegations = delegations;
		this.audit = audit;
		this.clock = clock;
	}

	/** All sessions, the latest first. */
	@Transactional(readOnly = true)
	public List<SessionView> sessions() {
		return this.sessions.findAllByOrderByNumberDesc().stream().map(Session::toView).toList();
	}

	@Transactional(readOnly = true)
	public SessionView session(int number) {
		return this.sessions.findById(number).map(Session::toView).orElseThrow(() -> new SessionNotFound(number));
	}

	/**
	 * A session of the register by its number, or else as the calendar fixes it (its days
	 * by the rules of procedure, no President): a programme reaches years the register
	 * has not been given yet.
	 */
	@Transactional(readOnly = true)
	public SessionView sessionOrCalendar(int number) {
		return this.sessions.findById(number).map(Session::toView).orElseGet(() -> {
			try {
				return SessionView.numbered(number);
			}
			catch (IllegalArgumentException ex) {
				throw new SessionNotFound(number);
			}
		});
	}

	/** The session open on a day: the register's, or else the calendar's. */
	@Transactional(readOnly = true)
	public SessionView sessionOrCalendarOn(LocalDate day) {
		return sessionOn(day).orElseGet(() -> SessionView.onCalendar(day));
	}

	/** The session open today in New York, if the register has it. */
	@Transactional(readOnly = true)
	public Optional<SessionView> current() {
		return sessionOn(LocalDate.now(this.clock));
	}

	/** The session open on a day. */
	@Transactional(readOnly = true)
	public Optional<SessionView> sessionOn(LocalDate day) {
		return this.sessions.findAllByOrderByNumberDesc()
			.stream()
			.filter((s) -> s.isOpenOn(day))
			.findFirst()
			.map(Session::toView);
	}

	/**
	 * Adds a session. Refuses all but who keeps the register, a number that exists, and
	 * overlapping periods.
	 */
	@Transactional
	public SessionView open(NewSession command, Actor actor) {
		requireRegisterKeeper(actor);
		if (this.sessions.existsById(command.number())) {
			throw new InvalidInput("number", "Session %d is in the register already.".formatted(command.number()),
					"refusal.process.sessionExists", command.number());
		}
		var session = new Session(command.number(), command.opensOn(), command.closesOn());
		var overlapping = this.sessions.findAll()
			.stream()
			.map(Session::toView)
			.filter((other) -> overlaps(other, command.opensOn(), command.closesOn()))
			.findFirst();
		if (overlapping.isPresent()) {
			throw new InvalidInput("opensOn",
					"The period overlaps the %s session.".formatted(overlapping.get().ordinal()),
					"refusal.process.sessionOverlaps", new Said.Ordinal(overlapping.get().number()));
		}
		if (command.presidentName() != null && !command.presidentName().isBlank()) {
			session.electPresident(command.presidentName().trim(), checkedDelegation(command.presidentDelegation()));
		}
		this.sessions.save(session);
		this.audit.record(actor, "session.opened", "session " + command.number(), null);
		return session.toView();
	}

	/**
	 * Records the President the Assembly elected for a session, and when the session
	 * closes.
	 */
	@Transactional
	public SessionView recordPresident(int number, String presidentName, @Nullable String presidentDelegation,
			@Nullable LocalDate closesOn, Actor actor) {
		requireRegisterKeeper(actor);
		var session = this.sessions.findById(number).orElseThrow(() -> new SessionNotFound(number));
		if (presidentName.isBlank()) {
			throw new InvalidInput("presidentName", "Name the President.", "refusal.process.namePresident");
		}
		session.electPresident(presidentName.trim(), checkedDelegation(presidentDelegation));
		session.closeOn(closesOn);
		this.audit.record(actor, "session.president-recorded", "session " + number, presidentName.trim());
		return session.toView();
	}

	private @Nullable String checkedDelegation(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		var delegation = DelegationCode.of(code);
		if (this.delegations.find(delegation).isEmpty()) {
			throw new InvalidInput("presidentDelegation", "There is no delegation " + code + ".",
					"refusal.process.noSuchDelegation", code);
		}
		return delegation.value();
	}

	private static boolean overlaps(SessionView existing, LocalDate opensOn, @Nullable LocalDate closesOn) {
		var existingEnd = existing.closesOn() == null ? LocalDate.MAX : existing.closesOn();
		var end = closesOn == null ? LocalDate.MAX : closesOn;
		return !opensOn.isAfter(existingEnd) && !existing.opensOn().isAfter(end);
	}

	private static void requireRegisterKeeper(Actor actor) {
		if (!actor.keepsTheRegister()) {
			throw new NotPermitted(actor,
					new Said("refusal.action.changeSessions", "change the sessions of the General Assembly"));
		}
	}

}
