package org.plenary.text;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;

/**
 * A declaration of two paragraphs whose zero draft is issued, in a process of its own,
 * and the amendment the browser tests table to it: "every four years" replaced by "every
 * two years" in paragraph 2.
 */
public final class IssuedTexts {

	private IssuedTexts() {
	}

	/** The issued zero draft of a new process's declaration. */
	public static RevisionView declaration(Processes processes, NegotiatedTexts texts, String shortName,
			String processName) {
		var process = processes.create(
				new NewProcess(shortName + UUID.randomUUID().toString().substring(0, 5), processName, null, null),
				Actors.administrator());
		var text = texts.create(process.id(), "A declaration", null, Actors.administrator());
		var zero = texts.importRevision(text.id(), null, """
				Declaration
				1. We commit to cooperate on international migration.
				2. We will review progress every four years.
				""", false, Actors.administrator());
		texts.issue(zero.id(), LocalDate.of(2018, 2, 5), Actors.administrator());
		return zero;
	}

	/** Fills the revision page's amendment form with the replacement in paragraph 2. */
	public static void fillTheReplacementInParagraphTwo(Page page) {
		page.getByLabel("Amendment", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Replace words"));
		page.getByLabel("Paragraph (for a new one: after which)")
			.selectOption(new SelectOption().setLabel("2. We will review progress every four years."));
		page.getByLabel("Words to delete or replace, as they stand").fill("every four years");
		page.getByLabel("New words, or the new paragraph").fill("every two years");
	}

}
