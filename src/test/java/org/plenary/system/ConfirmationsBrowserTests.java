package org.plenary.system;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterId;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.LetterStatus;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Signatory;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An action that cannot be undone asks first and names its consequence: in a dialog when
 * JavaScript is on, on a page of its own when it is off. Declining changes nothing.
 */
class ConfirmationsBrowserTests extends BrowserTest {

	@Autowired
	Processes processes;

	@Autowired
	Letters letters;

	@Test
	void withoutJavaScriptCirculatingALetterAsksOnAPageThatNamesTheConsequence() {
		var letter = aSignedLetter();
		usePage(withoutJavaScript());
		signInAs("admin", "admin-password-for-tests");
		this.page.navigate(url("/letters/" + letter));

		circulateButton().click();

		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Circulate to all Permanent Representatives?");
		assertThat(this.page.locator("main")).containsText("A circulated letter cannot be changed");
		assertThat(statusOf(letter)).isEqualTo(LetterStatus.SIGNED);

		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, circulate the letter")).click();

		assertThat(this.page.getByRole(AriaRole.STATUS).first()).hasText("Circulated. It will not change again.");
		assertThat(statusOf(letter)).isEqualTo(LetterStatus.CIRCULATED);
	}

	@Test
	void withoutJavaScriptGoingBackFromTheQuestionLeavesTheLetterAsItWas() {
		var letter = aSignedLetter();
		usePage(withoutJavaScript());
		signInAs("admin", "admin-password-for-tests");
		this.page.navigate(url("/letters/" + letter));

		circulateButton().click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("No, go back")).click();

		assertThat(this.page).hasURL(url("/letters/" + letter));
		assertThat(circulateButton()).isVisible();
		assertThat(statusOf(letter)).isEqualTo(LetterStatus.SIGNED);
	}

	@Test
	void withJavaScriptADialogAsksAndDismissingItChangesNothing() {
		var letter = aSignedLetter();
		signInAs("admin", "admin-password-for-tests");
		this.page.navigate(url("/letters/" + letter));
		var asked = new AtomicReference<String>();
		this.page.onceDialog((dialog) -> {
			asked.set(dialog.message());
			dialog.dismiss();
		});

		circulateButton().click();

		assertThat(asked.get()).startsWith("Circulate to all Permanent Representatives?")
			.contains("A circulated letter cannot be changed");
		assertThat(circulateButton()).isVisible();
		assertThat(statusOf(letter)).isEqualTo(LetterStatus.SIGNED);

		this.page.onceDialog((dialog) -> dialog.accept());
		circulateButton().click();

		assertThat(this.page.getByRole(AriaRole.STATUS).first()).hasText("Circulated. It will not change again.");
		assertThat(statusOf(letter)).isEqualTo(LetterStatus.CIRCULATED);
	}

	@Test
	void aDangerousLinkButtonIsLegible() {
		signInAs("admin", "admin-password-for-tests");
		var process = this.processes.process("ign");
		this.page.navigate(url("/processes/" + process.slug()));

		var button = this.page.locator("button.link.danger").first();
		var colours = (String) button
			.evaluate("b => { const s = getComputedStyle(b); return s.color + '|' + s.backgroundColor; }");

		assertThat(colours.split("\\|")[1]).as("the background behind red words")
			.isIn("rgba(0, 0, 0, 0)", "transparent", "rgb(255, 255, 255)");
		assertThat(colours.split("\\|")[0]).as("the words").isEqualTo("rgb(164, 22, 26)");
	}

	private com.microsoft.playwright.Locator circulateButton() {
		return this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Circulate to all Permanent Representatives"));
	}

	private Page withoutJavaScript() {
		var context = this.page.context()
			.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
		var page = context.newPage();
		page.setDefaultTimeout(10_000);
		return page;
	}

	private void usePage(Page page) {
		this.page.context().close();
		this.page = page;
	}

	private LetterStatus statusOf(String letter) {
		return this.letters.letter(LetterId.of(letter), Actors.administrator()).status();
	}

	private String aSignedLetter() {
		var process = this.processes.create(new NewProcess("CF" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations that ask first", null, null), Actors.administrator());
		var letter = this.letters.compose(
				new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), null,
						LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", List.of("We write to you."),
						List.of(new Signatory("Jane Doe", null, null)), List.of(), null, List.of()),
				Actors.administrator());
		this.letters.sign(letter.id(), Actors.administrator());
		return letter.id().toString();
	}

}
