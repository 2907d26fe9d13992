package org.plenary.system;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.SpeakersLists;
import org.plenary.text.NegotiatedTexts;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The amendment form and the console of a speakers list used with the keyboard alone:
 * every control is reached with Tab, in order, and shows where the focus is.
 */
class KeyboardBrowserTests extends BrowserTest {

	/** The focused element's name, and whether its focus can be seen (an outline). */
	static final String FOCUSED = """
			() => {
			  const e = document.activeElement;
			  const name = (e.labels && e.labels.length ? e.labels[0].textContent : (e.getAttribute('aria-label') || e.textContent)) || '';
			  const style = getComputedStyle(e);
			  const seen = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			  return name.trim() + '|' + seen;
			}
			""";

	@Autowired
	Processes processes;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Test
	void aDelegateTablesAnAmendmentWithTheKeyboardAlone() {
		var zero = org.plenary.text.IssuedTexts.declaration(this.processes, this.texts, "KB",
				"A text amended by keyboard");
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		signInAs(mexico.username(), mexico.password());
		this.page.navigate(url("/revisions/" + zero.id()));

		tabTo("Amendment");
		this.page.keyboard().type("Replace words");
		tabTo("Paragraph (for a new one: after which)");
		this.page.keyboard().type("2.");
		tabTo("Words to delete or replace, as they stand");
		this.page.keyboard().type("every four years");
		tabTo("New words, or the new paragraph");
		this.page.keyboard().type("every two years");
		tabTo("Table the amendment");
		this.page.keyboard().press("Enter");

		var amended = this.page.locator(".compilation .paragraph")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("We will review progress"));
		assertThat(amended.locator("del")).hasText("every four years");
		assertThat(amended.locator("ins")).hasText("every two years");
	}

	@Test
	void theSecretariatCallsTheNextSpeakerWithTheKeyboardAlone() {
		var process = this.processes.create(new NewProcess("KC" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations run by keyboard", null, null), Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2037, 5, 5)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.administrator());
		for (var code : List.of("MEX", "CHE")) {
			this.speakers.inscribe(meeting, code, null, InscriptionKind.STATEMENT, Actors.delegateOf(code));
		}
		signInAs("admin", "admin-password-for-tests");
		this.page.navigate(url("/meetings/" + meeting + "/speakers/console"));
		this.page.locator("html[data-live-ready]").waitFor();

		tabTo("Next speaker (N)");
		this.page.keyboard().press("Enter");

		assertThat(this.page.locator("p.current")).hasText("Mexico");
	}

	/**
	 * Presses Tab until the named control has the focus; every stop on the way shows it.
	 */
	private void tabTo(String name) {
		for (int i = 0; i < 120; i++) {
			this.page.keyboard().press("Tab");
			var focused = ((String) this.page.evaluate(FOCUSED)).split("\\|");
			assertThat(focused[1]).as("the focus on '" + focused[0] + "' can be seen").isEqualTo("true");
			if (focused[0].equals(name)) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + name);
	}

}
