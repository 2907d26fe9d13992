package org.plenary.mail;

import java.util.UUID;

import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.print.LetterPrint;
import org.plenary.identity.Actor;
import org.plenary.system.Language;

import org.springframework.stereotype.Component;

/**
 * A circulated letter's PDF in one of its languages, with what it encloses: what a
 * message about its circulation carries, rendered when the message first needs it.
 */
@Component
class LetterPdfs {

	private final Letters letters;

	private final LetterPrint print;

	LetterPdfs(Letters letters, LetterPrint print) {
		this.letters = letters;
		this.print = print;
	}

	byte[] pdf(UUID letter, Language language) {
		return this.print.pdf(this.letters.withEnclosures(new LetterId(letter), Actor.system()), language);
	}

}
