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
import org.plenary.system.DocumentWords;
import org.plenary.system.Language;

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
		return start(template, processId, writtenOn, meetings, enclosure, Language.ENGLISH);
	}

	/**
	 * The letter the template starts, written in a language: its sentences, salutation,
	 * addressees, dates and the President's title in it; the names of the process and of
	 * people as the register holds them.
	 */
	@Transactional(readOnly = true)
	public LetterDraft start(LetterTemplate template, ProcessId processId, LocalDate writtenOn, List<UUID> meetings,
			@Nullable LetterId enclosure, Language language) {
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
		var words = DocumentWords.of(language);
		return switch (template) {
			case ANNOUNCE_MEETINGS -> announce(words, process, session, facilitators, writtenOn, meetings, references);
			case TRANSMIT -> transmit(words, process, session, facilitators, writtenOn, enclosure, references);
			case APPOINT -> appoint(words, process, session, facilitators, writtenOn, references);
		};
	}

	/** The template a letter of this kind starts from. */
	public static LetterTemplate of(LetterKind kind) {
		return switch (kind) {
			case TRANSMITTAL -> LetterTemplate.TRANSMIT;
			case APPOINTMENT -> LetterTemplate.APPOINT;
			default -> LetterTemplate.ANNOUNCE_MEETINGS;
		};
	}

	private LetterDraft announce(DocumentWords words, ProcessView process, @Nullable SessionView session,
			List<FacilitatorView> facilitators, LocalDate writtenOn, List<UUID> meetings, List<Reference> references) {
		var number = facilitators.size() != 1 ? ".several" : ".one";
		var paragraphs = new ArrayList<String>();
		paragraphs.add(words.get("documents.letter.announce.capacity" + number, roles(words, facilitators),
				process.name(), during(words, session)));
		if (!meetings.isEmpty()) {
			var days = this.programme.meetings(meetings.stream().map(MeetingId::new).toList())
				.stream()
				.map((m) -> m.slot().heldOn())
				.toList();
			paragraphs
				.add(words.get("documents.letter.announce.meetings" + number, process.shortName(), days(words, days)));
		}
		paragraphs.add(words.get("documents.letter.announce.limit" + number,
				minutes(words, process.interventionLimitSeconds())));
		paragraphs.add(words.get("documents.letter.announce.lookForward" + number));
		return new LetterDraft(LetterKind.FACILITATORS, process.id().value(), writtenOn,
				words.get("documents.letter.place"), words.get("documents.letter.addressees"),
				words.get("documents.letter.salutation"), paragraphs, signatories(words, facilitators), references,
				null, meetings, words.language());
	}

	private static LetterDraft transmit(DocumentWords words, ProcessView process, @Nullable SessionView session,
			List<FacilitatorView> facilitators, LocalDate writtenOn, @Nullable LetterId enclosure,
			List<Reference> references) {
		var paragraph = words.get("documents.letter.transmit", roles(words, facilitators), process.name(),
				facilitators.isEmpty() ? "" : words.get("documents.letter.names", names(words, facilitators)),
				Math.max(1, facilitators.size()));
		return new LetterDraft(LetterKind.TRANSMITTAL, process.id().value(), writtenOn, null,
				words.get("documents.letter.addressees"), words.get("documents.letter.salutation"), List.of(paragraph),
				president(words, session), references, enclosure, List.of(), words.language());
	}

	private static LetterDraft appoint(DocumentWords words, ProcessView process, @Nullable SessionView session,
			List<FacilitatorView> facilitators, LocalDate writtenOn, List<Reference> references) {
		var paragraph = words.get("documents.letter.appoint", facilitators.isEmpty() ? "…" : names(words, facilitators),
				roles(words, facilitators), process.name(), during(words, session));
		return new LetterDraft(LetterKind.APPOINTMENT, process.id().value(), writtenOn, null,
				words.get("documents.letter.addressees"), words.get("documents.letter.salutation"),
				List.of(paragraph, words.get("documents.letter.appoint.wish")), president(words, session), references,
				null, List.of(), words.language());
	}

	/** "three minutes": the number given twice, to choose the words and to be written. */
	private static String minutes(DocumentWords words, int seconds) {
		var minutes = Math.max(1, seconds / 60);
		return words.get("documents.letter.minutes", minutes, String.valueOf(minutes));
	}

	/**
	 * " during the 72nd session of the General Assembly", or nothing without a session.
	 */
	private static String during(DocumentWords words, @Nullable SessionView session) {
		return session == null ? ""
				: words.get("documents.letter.during", String.valueOf(session.number()), session.ordinal());
	}

	/** "20, 22 and 23 February 2018" in English; the days one by one in the others. */
	private static String days(DocumentWords words, List<LocalDate> days) {
		if (words.language() == Language.ENGLISH) {
			return UnDates.of(days);
		}
		return words.joined(new java.util.TreeSet<>(days).stream().map(words::date).toList());
	}

	private static List<Signatory> president(DocumentWords words, @Nullable SessionView session) {
		return session == null || session.presidentName() == null ? List.of()
				: List.of(new Signatory(session.presidentName(), words.get("documents.letter.president"), null));
	}

	private static List<Signatory> signatories(DocumentWords words, List<FacilitatorView> facilitators) {
		return facilitators.stream()
			.map((f) -> new Signatory(f.personName(), f.title(),
					words.get("documents.letter.role." + f.role().name() + ".one"), f.delegation()))
			.toList();
	}

	/** "Co-Chairs", "Chair", "Co-facilitators", in the language. */
	private static String roles(DocumentWords words, List<FacilitatorView> facilitators) {
		if (facilitators.isEmpty()) {
			return words.get("documents.letter.role.CO_FACILITATOR.several");
		}
		return words.get("documents.letter.role." + facilitators.get(0).role().name()
				+ (facilitators.size() > 1 ? ".several" : ".one"));
	}

	/**
	 * "His Excellency … and …" is for the writer to add; the register gives the names and
	 * titles.
	 */
	private static String names(DocumentWords words, List<FacilitatorView> facilitators) {
		return words.joined(facilitators.stream()
			.map((f) -> f.title() == null || f.title().isBlank() ? f.personName() : f.personName() + ", " + f.title())
			.toList());
	}

}
