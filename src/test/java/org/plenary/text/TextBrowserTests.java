package org.plenary.text;

import java.time.LocalDate;
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
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class TextBrowserTests extends BrowserTest {

	@Autowired
	Processes processes;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	TestAccounts accounts;

	@Test
	void aDelegateTablesAnAmendmentAndSeesItInTheCompilation() {
		var zero = org.plenary.text.IssuedTexts.declaration(this.processes, this.texts, "TB",
				"A text amended in the browser");
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		signInAs(mexico.username(), mexico.password());

		this.page.navigate(url("/revisions/" + zero.id()));
		org.plenary.text.IssuedTexts.fillTheReplacementInParagraphTwo(this.page);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Table the amendment")).click();

		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Compilation text of Zero draft")))
			.isVisible();
		var amended = this.page.locator(".compilation .paragraph")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("We will review progress"));
		assertThat(amended.locator("del")).hasText("every four years");
		assertThat(amended.locator("ins")).hasText("every two years");
		assertThat(amended.locator(".attribution")).hasText("(Mexico)");
	}

	@Test
	void aDelegateSelectsWordsInAParagraphAndTablesTheirReplacement() {
		var process = this.processes.create(new NewProcess("TS" + UUID.randomUUID().toString().substring(0, 5),
				"A text amended in place", null, null), Actors.administrator());
		var text = this.texts.create(process.id(), "A declaration", null, Actors.administrator());
		var zero = this.texts.importRevision(text.id(), null, """
				Declaration
				1. We commit to cooperate on international migration.
				2. We will review progress every four years.
				""", false, Actors.administrator());
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), Actors.administrator());
		var brazil = this.accounts.holding(Grant.delegateOf("BRA"));
		signInAs(brazil.username(), brazil.password());
		this.page.navigate(url("/revisions/" + zero.id()));

		// The delegate selects "every four years" in paragraph 2, as with the mouse.
		var words = this.page.locator(".paragraph .words")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("We will review progress"));
		words.evaluate("""
				(span) => {
				  const node = span.firstChild;
				  const at = node.textContent.indexOf('every four years');
				  const range = document.createRange();
				  range.setStart(node, at);
				  range.setEnd(node, at + 'every four years'.length);
				  const selection = window.getSelection();
				  selection.removeAllRanges();
				  selection.addRange(range);
				}""");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Replace these words")).click();
		assertThat(this.page.getByLabel("Words to delete or replace, as they stand")).hasValue("every four years");
		assertThat(this.page.getByLabel("New words, or the new paragraph")).isFocused();
		this.page.getByLabel("New words, or the new paragraph").fill("every two years");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Table the amendment")).click();

		var amended = this.page.locator(".compilation .paragraph")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("We will review progress"));
		assertThat(amended.locator("del")).hasText("every four years");
		assertThat(amended.locator("ins")).hasText("every two years");
		assertThat(amended.locator(".attribution")).hasText("(Brazil)");

		// A click after "cooperate" offers to insert there.
		this.page.navigate(url("/revisions/" + zero.id()));
		var first = this.page.locator(".paragraph .words")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("We commit"));
		first.evaluate("""
				(span) => {
				  const node = span.firstChild;
				  const at = node.textContent.indexOf('cooperate') + 'cooperate'.length;
				  const range = document.createRange();
				  range.setStart(node, at);
				  range.collapse(true);
				  const selection = window.getSelection();
				  selection.removeAllRanges();
				  selection.addRange(range);
				}""");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Insert words here")).click();
		assertThat(this.page.getByLabel("Insert after these words (at the start when empty)")).hasValue("cooperate");
		assertThat(this.page.getByLabel("Amendment", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("INSERT_WORDS");
	}

}
