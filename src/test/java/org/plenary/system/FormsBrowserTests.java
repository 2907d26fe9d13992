package org.plenary.system;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.text.NegotiatedTexts;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused form comes back with what was typed (never a password), a summary at the top
 * that takes the focus, each message by its field in words written for people; a success
 * says what was done.
 */
class FormsBrowserTests extends BrowserTest {

	@Autowired
	Processes processes;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	TestAccounts accounts;

	@Test
	void aRefusedAccountComesBackWithWhatWasTypedAndASummaryThatTakesTheFocus() {
		signInAs("admin", "admin-password-for-tests");
		this.page.navigate(url("/admin/accounts/new"));
		this.page.getByLabel("Username").fill("m");
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Delegate of Mexico");
		this.page.getByLabel("Password").fill("a secret password");
		this.page.getByLabel("Delegation (for a delegate)").selectOption(new SelectOption().setLabel("Mexico"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open account")).click();

		var summary = this.page.locator("[data-error-summary]");
		assertThat(summary).containsText("This was not saved");
		assertThat(summary.getByRole(AriaRole.LINK)).hasText("Give a username of 2 to 60 characters.");
		assertThat(summary).isFocused();
		var username = this.page.getByLabel("Username");
		assertThat(username).hasValue("m");
		assertThat(username).hasAttribute("aria-invalid", "true");
		assertThat(username).hasAttribute("aria-describedby", "username-error");
		assertThat(this.page.locator("#username-error")).hasText("Give a username of 2 to 60 characters.");
		assertThat(this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("Delegate of Mexico");
		assertThat(this.page.getByLabel("Password")).hasValue("");
		assertThat(this.page.locator("main")).not().containsText("size must be");

		var name = "mexdel-" + UUID.randomUUID().toString().substring(0, 6);
		username.fill(name);
		this.page.getByLabel("Password").fill("a secret password");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open account")).click();

		assertThat(this.page.getByRole(AriaRole.STATUS).first()).hasText("Account opened for " + name + ".");
	}

	@Test
	void aRefusedAmendmentComesBackToItsFormWithWhatWasTyped() {
		var process = this.processes.create(new NewProcess("FB" + UUID.randomUUID().toString().substring(0, 5),
				"A text amended with a slip", null, null), Actors.administrator());
		var text = this.texts.create(process.id(), "A declaration", null, Actors.administrator());
		var zero = this.texts.importRevision(text.id(), null, """
				Declaration
				1. We commit to cooperate on international migration.
				""", false, Actors.administrator());
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), Actors.administrator());
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		signInAs(mexico.username(), mexico.password());
		this.page.navigate(url("/revisions/" + zero.id()));

		this.page.getByLabel("Amendment", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Replace words"));
		this.page.getByLabel("Paragraph (for a new one: after which)")
			.selectOption(new SelectOption().setLabel("1. We commit to cooperate on international migration."));
		this.page.getByLabel("Words to delete or replace, as they stand").fill("words that are not there");
		this.page.getByLabel("New words, or the new paragraph").fill("new words of Mexico");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Table the amendment")).click();

		var summary = this.page.locator("[data-error-summary]");
		assertThat(summary).isVisible();
		assertThat(summary).isFocused();
		assertThat(summary.boundingBox().y).as("the refusal is seen without scrolling").isLessThan(844);
		assertThat(this.page.getByLabel("Words to delete or replace, as they stand"))
			.hasValue("words that are not there");
		assertThat(this.page.getByLabel("New words, or the new paragraph")).hasValue("new words of Mexico");
	}

}
