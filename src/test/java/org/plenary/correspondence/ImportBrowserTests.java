package org.plenary.correspondence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ImportBrowserTests extends BrowserTest {

	@Autowired
	Processes processes;

	@Test
	void theSecretariatImportsAFolderFollowsItsProgressReviewsALetterAndStoresIt() {
		var process = this.processes.create(new NewProcess("IB" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations imported in the browser", null, null), Actors.administrator());
		var folder = new ArrayList<FilePayload>();
		folder.add(new FilePayload("letter.txt", "text/plain",
				LetterImportsTests.LETTER.formatted(2042, process.name()).getBytes(StandardCharsets.UTF_8)));
		for (int i = 0; i < 150; i++) {
			folder.add(new FilePayload("old-%03d.txt".formatted(i), "text/plain",
					LetterImportsTests.LETTER.formatted(1990 + i % 20, "Consultations " + i)
						.getBytes(StandardCharsets.UTF_8)));
		}
		folder.add(new FilePayload("scan.pdf", "application/pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8)));
		signInAs("admin", "admin-password-for-tests");

		this.page.navigate(url("/letters"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import letters")).click();
		this.page.getByLabel("Files", new Page.GetByLabelOptions().setExact(true))
			.setInputFiles(folder.toArray(FilePayload[]::new));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read the files")).click();
		this.page.evaluate("window.plenaryLoaded = true");

		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("All files read")))
			.isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20000));
		assertThat(this.page.evaluate("window.plenaryLoaded === true")).as("the page was not reloaded").isEqualTo(true);
		assertThat(this.page.locator("progress")).hasAttribute("value", "100");
		assertThat(this.page.getByText("152 of 152 files read")).isVisible();
		var scan = this.page.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("scan.pdf"));
		assertThat(scan).containsText("failed");
		assertThat(scan).containsText("The PDF cannot be opened");

		this.page.getByRole(AriaRole.ROW)
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("letter.txt"))
			.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Review"))
			.click();

		assertThat(this.page.locator(".source mark.hl-meeting")).hasText("4 and 5 February 2042");
		assertThat(this.page.locator(".source mark.hl-venue")).hasText("Conference Room 4");
		assertThat(this.page.getByLabel("Date of the letter")).hasValue("2042-01-14");
		assertThat(this.page.getByLabel("Status 1")).hasValue("SCHEDULED");
		assertThat(this.page.getByLabel("Status 1").locator("option"))
			.containsText(new String[] { "scheduled", "provisional", "postponed", "cancelled", "held" });
		this.page.getByLabel("Choose the process")
			.selectOption(new SelectOption().setLabel(process.shortName() + " — " + process.name()));
		this.page.getByLabel("Keep 2").uncheck();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Store the letter")).click();

		assertThat(this.page.getByRole(AriaRole.STATUS).first()).containsText("Imported");
		var letter = this.page.locator("article.letter");
		assertThat(letter).containsText("14 January 2042");
		assertThat(letter).containsText("Lars Berg");
		assertThat(letter.getByRole(AriaRole.TABLE)).containsText("4 February 2042");
		assertThat(letter.getByRole(AriaRole.TABLE)).not().containsText("5 February 2042");
	}

}
