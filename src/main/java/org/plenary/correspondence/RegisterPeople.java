package org.plenary.correspondence;

import java.util.ArrayList;

import org.plenary.process.Processes;
import org.plenary.process.Sessions;
import org.springframework.stereotype.Component;

/**
 * The people of the live register — every session's President and every process's
 * facilitators — against whom an imported letter's signers are matched (see
 * {@link KnownPeople}), the letter's own process and date giving the context.
 */
@Component
class RegisterPeople {

	private final Sessions sessions;

	private final Processes processes;

	RegisterPeople(Sessions sessions, Processes processes) {
		this.sessions = sessions;
		this.processes = processes;
	}

	/** The extraction with its senders matched against the register as it is now. */
	Extraction matched(Extraction extraction) {
		var people = new ArrayList<KnownPeople.Person>();
		for (var session : this.sessions.sessions()) {
			if (session.presidentName() != null) {
				people.add(KnownPeople.Person.president(session.number(), session.presidentName(), session.opensOn(),
						session.closesOn()));
			}
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
