package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;
import org.plenary.identity.Actors;
import org.plenary.process.Appointment;
import org.plenary.process.FacilitatorRole;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

class LetterBrowserTests extends BrowserTest {

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Test
	void theChairWritesALetterFromTheTemplateSignsAndCirculatesIt() {
		var process = this.processes.create(new NewProcess("LB" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations written in the browser", null, 180), Actors.administrator());
		this.processes.appoint(process.id(), new Appointment(81, "Jürg Lauber",
				"Permanent Representative of Switzerland", FacilitatorRole.CO_FACILITATOR, "CHE", null),
				Actors.administrator());
		this.processes.appoint(process.id(), new Appointment(81, "Juan José Gómez Camacho",
				"Permanent Representative of Mexico", FacilitatorRole.CO_FACILITATOR, "MEX", null),
				Actors.administrator());
		this.programme.plan(
				new PlanMeetings(process.id(), List.of(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3)),
						List.of(StandardSlot.MORNING), null, null, "informal consultations", null,
						MeetingMode.IN_PERSON, List.of(), "Zero draft", null, null, null, true, true, null),
				Actors.administrator());
		signInAs("admin", "admin-password-for-tests");

		this.page.navigate(url("/letters?process=" + process.slug()));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write a letter")).click();
		this.page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill("2027-02-15");
		this.page.getByLabel("2 March 2027", new Page.GetByLabelOptions().setExact(false)).check();
		this.page.getByLabel("3 March 2027", new Page.GetByLabelOptions().setExact(false)).check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the letter")).click();

		assertThat(this.page.getByLabel("Paragraphs")).containsText("will meet on 2-3 March 2027, as follows:");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the draft")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS).first()).hasText("The draft is saved.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign").setExact(true)).click();
		this.page.onceDialog((dialog) -> dialog.accept());
		this.page
			.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Circulate to all Permanent Representatives"))
			.click();

		assertThat(this.page.getByRole(AriaRole.STATUS).first()).hasText("Circulated. It will not change again.");
		var letter = this.page.locator("article.letter");
		assertThat(letter)
			.containsText("in our capacity as Co-facilitators of the Consultations written in the browser");
		assertThat(letter).containsText("maximum of three minutes");
		assertThat(letter.getByRole(AriaRole.TABLE)).containsText("Zero draft");
		assertThat(letter).containsText("Please accept, Excellency, the assurances of our highest consideration.");
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write a correction")))
			.isVisible();
	}

}
