package org.plenary.process;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ProcessBrowserTests extends BrowserTest {

	@Test
	void anAdministratorSignsInAndCreatesAProcess() {
		signInAs("admin", "admin-password-for-tests");
		assertThat(this.page.getByText("Signed in as admin")).isVisible();

		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Processes").setExact(true)).click();
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a process")).click();
		var shortName = "BBNJ" + UUID.randomUUID().toString().substring(0, 4);
		this.page.getByLabel("Short name").fill(shortName);
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
			.fill("Intergovernmental conference on marine biodiversity of areas beyond national jurisdiction");
		this.page.getByLabel("Time limit per intervention (minutes)").fill("5");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create process")).click();

		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Intergovernmental conference on marine biodiversity of areas beyond national jurisdiction");
		assertThat(this.page.getByText("5 minutes")).isVisible();

		this.page.getByLabel("New topic").fill("Marine genetic resources");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add topic")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Saved.");
		assertThat(this.page.getByRole(AriaRole.LISTITEM)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Marine genetic resources")))
			.isVisible();
	}

	@Test
	void aFormWithErrorsShowsEachMessageNextToItsField() {
		signInAs("admin", "admin-password-for-tests");
		this.page.navigate(url("/processes/new"));
		this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))
			.fill("A process without a short name");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create process")).click();

		assertThat(this.page.locator("#shortName-error")).hasText("Give a short name, such as IGN.");
		assertThat(this.page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
			.hasValue("A process without a short name");
	}

	@Test
	void thePublicFiltersTheDelegationsByRegionalGroupWithoutReloading() {
		this.page.navigate(url("/delegations"));
		this.page.getByLabel("Regional group").selectOption("EASTERN_EUROPEAN");
		assertThat(this.page.getByText("23 delegations")).isVisible();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*regionalGroup=EASTERN_EUROPEAN.*"));
		this.page.getByLabel("Name or code").fill("georgia");
		assertThat(this.page.getByText("1 delegation", new Page.GetByTextOptions().setExact(true))).isVisible();
	}

}
