package org.plenary.schedule;

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

class ProgrammeBrowserTests extends BrowserTest {

	@Autowired
	Processes processes;

	@Test
	void anAdministratorSchedulesTwoDaysWithBothSlotsAndSeesThemInTheProgramme() {
		var process = this.processes.create(new NewProcess("BR" + UUID.randomUUID().toString().substring(0, 5),
				"A process scheduled in the browser", null, null), Actors.administrator());
		signInAs("admin", "admin-password-for-tests");
		this.page.navigate(url("/processes/" + process.slug() + "/programme"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule meetings")).click();

		this.page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2034-11-14");
		this.page.getByLabel("Another date").first().fill("2034-11-16");
		this.page.getByLabel("Both slots").check();
		this.page.getByLabel("Room")
			.selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("Trusteeship Council Chamber (400 seats)"));
		this.page.getByLabel("Format").fill("round of negotiations");
		this.page.getByLabel("Agenda line").fill("Model discussion");
		this.page.getByLabel("Open to the public").uncheck();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule")).click();

		assertThat(this.page.getByRole(AriaRole.STATUS).first()).hasText("Scheduled.");
		var table = this.page.getByRole(AriaRole.TABLE);
		assertThat(table).containsText("14 November 2034");
		assertThat(table).containsText("16 November 2034");
		assertThat(table.getByRole(AriaRole.LINK,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Model discussion")))
			.hasCount(4);
	}

}
