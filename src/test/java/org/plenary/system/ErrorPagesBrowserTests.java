package org.plenary.system;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.BrowserTest;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each error page says what happened in words, in the layout, with its status, and offers
 * the way back to the page the person came from.
 */
class ErrorPagesBrowserTests extends BrowserTest {

	@Autowired
	TestAccounts accounts;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			400 | /meetings/not-a-meeting      | Not understood
			404 | /processes/no-such-process   | Process not found
			404 | /no/such/page                | Not found
			""")
	void anErrorPageNamesWhatHappenedInTheLayoutWithTheWayBack(int status, String path, String heading) {
		var response = this.page.navigate(url(path), new Page.NavigateOptions().setReferer(url("/processes")));

		assertThat(response.status()).as(path).isEqualTo(status);
		assertErrorPage(heading);
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the page you came from"))
			.click();
		assertThat(this.page).hasURL(url("/processes"));
	}

	@Test
	void aDelegateOnTheAdministrationIsToldItIsNotPermitted() {
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));
		signInAs(delegate.username(), delegate.password());

		var response = this.page.navigate(url("/admin/accounts"));

		assertThat(response.status()).isEqualTo(403);
		assertErrorPage("Not permitted");
		assertThat(this.page.locator("main")).containsText("Your account may not do this.");
	}

	@Test
	void aPageReachedFromElsewhereOffersTheHomePageOnly() {
		var response = this.page.navigate(url("/processes/no-such-process"));

		assertThat(response.status()).isEqualTo(404);
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the home page")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Back to the page you came from")))
			.hasCount(0);
	}

	private void assertErrorPage(String heading) {
		assertThat(this.page.title()).isEqualTo(heading + " — Plenary").doesNotContain("${").doesNotContain("th:");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(heading);
		assertThat(this.page.getByRole(AriaRole.NAVIGATION).first()).containsText("Processes");
		assertThat(this.page.locator("main")).not().containsText("${");
		assertThat(this.page.locator("main")).not().containsText("Exception");
	}

}
