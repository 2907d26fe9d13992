package org.plenary.positions;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class ElementsBrowserTests extends BrowserTest {

	@Autowired
	Processes processes;

	@Test
	void aFacilitatorDraftsComposesAndIssuesTheElements() {
		var process = this.processes.create(new NewProcess("EB" + UUID.randomUUID().toString().substring(0, 5),
				"Elements composed in the browser", null, null), Actors.administrator());
		this.processes.addTopic(process.id(), "Categories of membership", Actors.administrator());
		signInAs("admin", "admin-password-for-tests");
		this.page.navigate(url("/processes/" + process.slug() + "/elements"));

		this.page.getByText("Draft the next revision").click();
		this.page.getByLabel("Session").first().fill("80");
		this.page.getByLabel("Dated").fill("2026-01-15");
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draft it (a copy of the last revision)"))
			.click();
		this.page.getByText("Add an element to Categories of membership").click();
		this.page.getByLabel("Text").fill("Member States agree that the Council should be more representative.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the element")).click();
		this.page.onceDialog((dialog) -> dialog.accept());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue revision 1")).click();

		assertThat(
				this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Categories of membership")))
			.isVisible();
		assertThat(
				this.page.getByRole(AriaRole.LISTITEM)
					.filter(new com.microsoft.playwright.Locator.FilterOptions()
						.setHasText("Member States agree that the Council should be more representative.")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue revision 1")))
			.hasCount(0);
	}

}
