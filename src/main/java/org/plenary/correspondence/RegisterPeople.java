package org.plenary.correspondence;

import java.util.ArrayList;
import java.util.HashMap;

import org.plenary.process.EarlierAppointments;
import org.plenary.process.Processes;
import org.plenary.process.SessionView;
import org.plenary.process.Sessions;
import org.springframework.stereotype.Component;

/**
 * The people of the live register — every session's President, every process's
 * facilitators and the people earlier Presidents appointed ({@link EarlierAppointments})
 * — against whom an imported letter's signers are matched (see {@link KnownPeople}), the
 * letter's own process and date giving the context.
 */
@Component
class RegisterPeople {

	private final Sessions sessions;

	private final Processes processes;

	private final EarlierAppointments earlierAppointments;

	RegisterPeople(Sessions sessions, Processes processes, EarlierAppointments earlierAppointments) {
		this.sessions = sessions;
		this.processes = processes;
		this.earlierAppointments = earlierAppointments;
	}

	/** The extraction with its senders matched against the register as it is now. */
	Extraction matched(Extraction extraction) {
		var people = new ArrayList<KnownPeople.Person>();
		var sessions = new HashMap<Integer, SessionView>();
		for (var session : this.sessions.sessions()) {
			sessions.put(session.number(), session);
			if (session.presidentName() != null) {
				people.add(KnownPeople.Person.president(session.number(), session.presidentName(), session.opensOn(),
						session.closesOn()));
			}
		}
		for (var appointment : this.earlierAppointments.appointments()) {
			var session = sessions.get(appointment.session());
			people.add(KnownPeople.Person.appointed(appointment, session == null ? null : session.opensOn(),
					session == null ? null : session.closesOn()));
		}
		String process = null;
		for (var p : this.processes.processes()) {
			for (var f : p.facilitators()) {
				people.add(KnownPeople.Person.facilitator(f.personName(), f.role().name(), f.session(), p.shortName(),
						f.delegationName()));
			}
			var named = extraction.process();
			if (named != null && p.isNamed(named)) {
				process = p.shortName();
			}
		}
		return extraction.withSenders(KnownPeople.of(people).matched(extraction.senders(), process, extraction.date()));
	}

}
