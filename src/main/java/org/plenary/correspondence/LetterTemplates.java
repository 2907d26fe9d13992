package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.process.FacilitatorView;
import org.plenary.process.MandateKind;
import org.plenary.process.ProcessId;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.process.SessionView;
import org.plenary.process.Sessions;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.Programme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a letter from a template, filled in from the register: the facilitators of the
 * session with their titles and role ("Co-Chairs"), the session's ordinal ("72nd
 * session"), the chosen meetings' days in UN style ("20, 22 and 23 February 2018"), the
 * time limit, the process's mandate as references, the President of the session. The
 * writer then edits it freely; nothing is saved until they do.
 */
@Service
public class LetterTemplates {

	private static final String[] NUMBERS = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine", "ten" };

	private final Processes processes;

	private final Sessions sessions;

	private final Programme programme;

	LetterTemplates(Processes processes, Sessions sessions, Programme programme) {
		this.processes = processes;
		this.sessions = sessions;
		this.programme = programme;
	}

	@Transactional(readOnly = true)
	public LetterDraft start(LetterTemplate template, ProcessId processId, LocalDate writtenOn, List<UUID> meetings,
			@Nullable LetterId enclosure) {
		var process = this.processes.process(processId);
		var session = this.sessions.sessionOn(writtenOn).orElse(null);
		var facilitators = process.facilitators()
			.stream()
			.filter((f) -> session == null || f.session() == session.number())
			.toList();
		var references = process.mandate()
			.stream()
			.filter((m) -> m.kind() != MandateKind.OTHER && m.symbol() != null)
			.map((m) -> new Reference(
					m.kind() == MandateKind.DECISION ? Reference.Kind.DECISION : Reference.Kind.RESOLUTION, m.symbol()))
			.toList();
		return switch (template) {
			case ANNOUNCE_MEETINGS -> announce(process, session, facilitators, writtenOn, meetings, references);
			case TRANSMIT -> transmit(process, session, facilitators, writtenOn, enclosure, references);
			case APPOINT -> appoint(process, session, facilitators, writtenOn, references);
		};
	}

	private LetterDraft announce(ProcessView process, @Nullable SessionView session, List<FacilitatorView> facilitators,
			LocalDate writtenOn, List<UUID> meetings, List<Reference> references) {
		var several = facilitators.size() != 1;
		var we = several ? "We" : "I";
		var paragraphs = new ArrayList<String>();
		paragraphs.add("%s have the honour to write to you in %s capacity as %s of the %s%s.".formatted(we,
				several ? "our" : "my", roles(facilitators), process.name(),
				session == null ? "" : " during the " + session.ordinal() + " session of the General Assembly"));
		if (!meetings.isEmpty()) {
			var days = this.programme.meetings(meetings.stream().map(MeetingId::new).toList())
				.stream()
				.map((m) -> m.slot().heldOn())
				.toList();
			paragraphs.add("%s wish to inform you that the %s will meet on %s, as follows:".formatted(we,
					process.shortName(), UnDates.of(days)));
		}
		paragraphs.add("%s kindly ask that all delegations limit their interventions to a maximum of %s.".formatted(we,
				minutes(process.interventionLimitSeconds())));
		paragraphs.add("%s look forward to the active and continued participation of all delegations.".formatted(we));
		return new LetterDraft(LetterKind.FACILITATORS, process.id().value(), writtenOn, "New York",
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", paragraphs, signatories(facilitators),
				references, null, meetings);
	}

	private static LetterDraft transmit(ProcessView process, @Nullable SessionView session,
			List<FacilitatorView> facilitators, LocalDate writtenOn, @Nullable LetterId enclosure,
			List<Reference> references) {
		var paragraph = "I have the honour to transmit herewith a letter from the %s of the %s%s."
			.formatted(roles(facilitators), process.name(), facilitators.isEmpty() ? "" : ", " + names(facilitators));
		return new LetterDraft(LetterKind.TRANSMITTAL, process.id().value(), writtenOn, null,
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", List.of(paragraph), president(session),
				references, enclosure, List.of());
	}

	private static LetterDraft appoint(ProcessView process, @Nullable SessionView session,
			List<FacilitatorView> facilitators, LocalDate writtenOn, List<Reference> references) {
		var paragraph = "I have the honour to inform you that I have appointed %s as %s of the %s%s.".formatted(
				facilitators.isEmpty() ? "…" : names(facilitators), roles(facilitators), process.name(),
				session == null ? "" : " during the " + session.ordinal() + " session of the General Assembly");
		return new LetterDraft(LetterKind.APPOINTMENT, process.id().value(), writtenOn, null,
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
				List.of(paragraph, "I wish them every success and count on the support of all delegations."),
				president(session), references, null, List.of());
	}

	private static List<Signatory> president(@Nullable SessionView session) {
		return session == null || session.presidentName() == null ? List.of()
				: List.of(new Signatory(session.presidentName(), "President of the General Assembly", null));
	}

	private static List<Signatory> signatories(List<FacilitatorView> facilitators) {
		return facilitators.stream()
			.map((f) -> new Signatory(f.personName(), f.title(), f.role().title(), f.delegation()))
			.toList();
	}

	/** "Co-Chairs", "Chair", "Co-facilitators". */
	private static String roles(List<FacilitatorView> facilitators) {
		if (facilitators.isEmpty()) {
			return "Co-facilitators";
		}
		var title = facilitators.get(0).role().title();
		return facilitators.size() > 1 ? title + "s" : title;
	}

	/**
	 * "His Excellency … and …" is for the writer to add; the register gives the names and
	 * titles.
	 */
	private static String names(List<FacilitatorView> facilitators) {
		return UnDates.joined(facilitators.stream()
			.map((f) -> f.title() == null || f.title().isBlank() ? f.personName() : f.personName() + ", " + f.title())
			.toList());
	}

	private static String minutes(int seconds) {
		var minutes = Math.max(1, seconds / 60);
		var word = minutes < NUMBERS.length ? NUMBERS[minutes] : String.valueOf(minutes);
		return word + (minutes == 1 ? " minute" : " minutes");
	}

}
