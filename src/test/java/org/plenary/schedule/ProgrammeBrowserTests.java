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

	@Test
	void onAPhoneEveryMeetingOfTheProgrammeIsReadWithoutScrollingSideways() {
		this.page.setViewportSize(390, 844);
		this.page.navigate(url("/processes/ign/programme?session=72"));

		var table = this.page.getByRole(AriaRole.TABLE);
		assertThat(table).containsText("Conference Room 2");
		var widths = (String) this.page.evaluate("""
				() => { const t = document.querySelector('table.programme');
				        const box = t.parentElement;
				        return box.scrollWidth + ' ' + box.clientWidth + ' ' + t.getBoundingClientRect().right
				          + ' ' + document.documentElement.clientWidth; }""");
		var parts = widths.split(" ");
		org.assertj.core.api.Assertions.assertThat(Double.parseDouble(parts[0]))
			.as("the table's own box does not scroll: " + widths)
			.isLessThanOrEqualTo(Double.parseDouble(parts[1]));
		org.assertj.core.api.Assertions.assertThat(Double.parseDouble(parts[2]))
			.isLessThanOrEqualTo(Double.parseDouble(parts[3]));
		var room = table.getByText("Conference Room 2").first();
		room.scrollIntoViewIfNeeded();
		assertThat(room)
			.isInViewport(new com.microsoft.playwright.assertions.LocatorAssertions.IsInViewportOptions().setRatio(1));
		var label = (String) this.page.evaluate(
				"() => getComputedStyle(document.querySelector('table.programme td[data-label]'), '::before').content");
		org.assertj.core.api.Assertions.assertThat(label).as("each cell says its column").isEqualTo("\"Format\"");
		this.page.setViewportSize(1280, 900);
		assertThat(table.getByRole(AriaRole.COLUMNHEADER,
				new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Room")))
			.isVisible();
	}

}
