package org.plenary.speakers;

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

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class SpeakersBrowserTests extends BrowserTest {

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Autowired
	TestAccounts accounts;

	@Test
	void aDelegateReadsARefusalAndTheListInSpanishWithTheNamesInSpanish() {
		var process = this.processes.create(new NewProcess("SE" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations read in Spanish", null, null), Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2037, 4, 8)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.administrator());
		this.speakers.inscribe(meeting, "BRA", "G4", InscriptionKind.STATEMENT, Actors.delegateOf("BRA"));
		this.speakers.inscribe(meeting, "MEX", null, InscriptionKind.STATEMENT, Actors.delegateOf("MEX"));
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		signInAs(mexico.username(), mexico.password());
		this.page.navigate(url("/meetings/" + meeting + "/speakers"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Español").setExact(true)).click();

		var statements = this.page.getByRole(AriaRole.TABLE).first();
		assertThat(statements).containsText("Brasil, en nombre del Grupo de los Cuatro");
		assertThat(statements).containsText("México");
		// Inscribed already: the refusal names the delegation as the page does.
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscribir a mi delegación")).click();

		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("México ya está inscrito en esta lista.");
		assertThat(this.page.getByRole(AriaRole.ALERT)).not().containsText("Mexico");
		this.page.screenshot(new Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "languages", "speakers-refusal-es.png"))
			.setFullPage(true));
	}

	@Test
	void theSecretariatCallsTheNextSpeakerAndTheRoomDisplayChangesWithoutAReload() {
		var process = this.processes.create(new NewProcess("SB" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations run in the browser", null, null), Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2037, 4, 7)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.administrator());
		for (var code : List.of("MEX", "CHE", "JPN")) {
			this.speakers.inscribe(meeting, code, null, InscriptionKind.STATEMENT, Actors.delegateOf(code));
		}
		var room = anotherPage();
		room.navigate(url("/meetings/" + meeting + "/speakers/room"));
		room.evaluate("window.plenaryLoaded = true");
		assertThat(room.locator(".room-speaker")).hasText("Nobody has the floor");
		assertThat(room.getByRole(AriaRole.BANNER)).hasCount(0);
		assertThat(room.locator(".room-next li").first()).hasText("Mexico");
		signInAs("admin", "admin-password-for-tests");

		this.page.navigate(url("/meetings/" + meeting + "/speakers/console"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next speaker (N)")).click();

		assertThat(room.locator(".room-speaker")).hasText("Mexico");
		assertThat(room.locator(".room-next li").first()).hasText("Switzerland");
		assertThat(room.locator(".countdown")).containsText(":");
		assertThat(room.evaluate("window.plenaryLoaded === true")).as("the room display was not reloaded")
			.isEqualTo(true);

		assertThat(this.page.locator("p.current")).hasText("Mexico");
		this.page.locator("html[data-live-ready]").waitFor();
		this.page.keyboard().press("n");

		assertThat(this.page.locator("p.current")).hasText("Switzerland");
		assertThat(room.locator(".room-speaker")).hasText("Switzerland");
		assertThat(this.page.getByRole(AriaRole.TABLE)).containsText("spoke");
	}

}
