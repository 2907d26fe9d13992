package org.plenary.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.plenary.correspondence.LetterCirculated;
import org.plenary.correspondence.LetterView;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.print.LetterPrint;
import org.plenary.delegation.DelegationKind;
import org.plenary.identity.Actor;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.schedule.ProgrammeTable;
import org.plenary.system.DocumentWords;
import org.plenary.system.Language;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Circulating a letter writes its messages, in the transaction that circulates it: one to
 * each Permanent Mission (the Member States; the observers too when the letter is
 * addressed to the Permanent Observers), one to each person subscribed to the letters of
 * its process, each with the text in the body and the signed PDF (the letter and what it
 * encloses) attached — rendered when a message first needs it ({@link LetterPdfs}), not
 * here: circulating a letter, the demo letters before readiness among them, does not wait
 * for its PDFs.
 */
@Component
class LetterMail {

	private final Letters letters;

	private final Addresses addresses;

	private final Subscriptions subscriptions;

	private final Processes processes;

	private final Outbox outbox;

	LetterMail(Letters letters, Addresses addresses, Subscriptions subscriptions, Processes processes, Outbox outbox) {
		this.letters = letters;
		this.addresses = addresses;
		this.subscriptions = subscriptions;
		this.processes = processes;
		this.outbox = outbox;
	}

	@EventListener
	void on(LetterCirculated circulated) {
		var all = this.letters.withEnclosures(circulated.letter(), Actor.system());
		var letter = all.get(0);
		var subject = Outbox.oneLine(subject(letter), 1000);
		var body = body(all);
		// The PDF of each of the letter's versions, the original first.
		UUID attachment = null;
		var languages = new ArrayList<>(letter.languages());
		java.util.Collections.reverse(languages);
		for (var language : languages) {
			attachment = this.outbox.attachLetter(filename(letter, language), letter.id().value(), language,
					attachment);
		}
		var cause = cause(letter);
		var sentTo = new HashSet<String>();
		var messages = new ArrayList<NewMessage>();
		boolean observers = letter.addressees().toLowerCase(Locale.ROOT).contains("observer");
		for (var mission : this.addresses.missions()) {
			if (mission.kind() != DelegationKind.MEMBER_STATE && !observers) {
				continue;
			}
			if (sentTo.add(mission.address())) {
				messages.add(new NewMessage(cause, new EmailAddress(mission.address()),
						"Permanent Mission of " + mission.name(), subject, body, null, null, attachment));
			}
		}
		if (letter.process() != null) {
			var subscribers = this.subscriptions.subscribers(letter.process(), Subscriptions.Kind.LETTERS);
			for (var entry : this.addresses.ownAddresses(subscribers).entrySet()) {
				if (sentTo.add(entry.getValue())) {
					messages.add(new NewMessage(cause, new EmailAddress(entry.getValue()), entry.getKey(), subject,
							body, null, null, attachment));
				}
			}
		}
		this.outbox.queueAll(messages);
	}

	/** The cause the outbox files a letter's messages under. */
	static String cause(LetterView letter) {
		return "letter:" + letter.id();
	}

	private String subject(LetterView letter) {
		var title = LetterPrint.title(letter);
		if (letter.process() == null) {
			return title;
		}
		return this.processes.find(new ProcessId(letter.process()))
			.map((p) -> p.shortName() + ": " + title)
			.orElse(title);
	}

	/** "letter-2018-02-13.pdf", "letter-2018-02-13-fr.pdf" for its French version. */
	private static String filename(LetterView letter, Language language) {
		return "letter-" + (letter.writtenOn() == null ? letter.id().toString() : letter.writtenOn().toString())
				+ DocumentWords.fileSuffix(language) + ".pdf";
	}

	/**
	 * The letter, and what it encloses, as plain text: the mission reads it in the body.
	 */
	static String body(List<LetterView> letters) {
		var text = new StringBuilder();
		for (var letter : letters) {
			if (!text.isEmpty()) {
				text.append("\n\n---\n\n");
			}
			if (letter.letterhead()) {
				text.append(DocumentWords.of(letter.language()).get("documents.letter.letterhead").replace('|', ' '))
					.append("\n\n");
			}
			text.append(letter.dateline()).append("\n\n").append(letter.salutation()).append("\n\n");
			var table = ProgrammeTable.of(letter.programme(), letter.language());
			for (int i = 0; i < letter.paragraphs().size(); i++) {
				text.append(letter.paragraphs().get(i)).append("\n\n");
				if (i == letter.programmeAfter() && !letter.programme().isEmpty()) {
					for (var meeting : table.meetings()) {
						text.append("  - ")
							.append(String.join(", ",
									List.of(meeting.format(), meeting.date(), meeting.time(), meeting.venue(),
											meeting.topic())
										.stream()
										.filter((s) -> !s.isBlank())
										.toList()))
							.append('\n');
					}
					text.append('\n');
				}
			}
			text.append(letter.closing()).append("\n\n");
			for (var signatory : letter.signatories()) {
				text.append(signatory.name()).append('\n');
				if (signatory.title() != null) {
					text.append(signatory.title()).append('\n');
				}
				text.append('\n');
			}
			text.append(letter.addressees()).append('\n');
		}
		text.append("\nThe signed letter is attached (PDF).\n");
		return text.toString();
	}

}
