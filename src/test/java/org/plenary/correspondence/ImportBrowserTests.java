package org.plenary.correspondence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.plenary.BrowserTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.Role;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.system.Language;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ImportBrowserTests extends BrowserTest {

	/** Screenshots of the review, kept to be looked at. */
	static final Path SCREENSHOTS = Path.of("target", "import-review");

	/** A letter announcing four meetings, in a process named {1}. */
	static final String FOUR_MEETINGS = """
			New York, 14 January 2042

			Excellency,

			We have the honour to write to you in our capacity as Co-Chairs of the %s. We wish to inform you \
			that informal consultations will be held on 2, 3, 4 and 5 February 2042 from 10 a.m. to 1 p.m. in \
			the Trusteeship Council Chamber, and will focus on the revitalization of the work of the General \
			Assembly.

			Please accept, Excellency, the assurances of our highest consideration.

			Ana Ruiz
			Permanent Representative of Peru
			""";

	@Autowired
	Processes processes;

	@Autowired
	LetterImports imports;

	@Autowired
	TestAccounts accounts;

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
		assertThat(this.page.getByLabel("Status 1")).hasValue("PROVISIONAL");
		assertThat(this.page.getByLabel("Status 1").locator("option"))
			.containsText(new String[] { "provisional", "held", "postponed", "cancelled" });
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

	@Test
	void everyFieldOfEveryMeetingIsInSightOnAPhoneAndOnADesktopInEachScript() throws Exception {
		var process = aNewProcess();
		var file = readForReview(process, FOUR_MEETINGS.formatted(process.name()));
		// An account of its own: the language it picks is kept with it.
		var office = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		var problems = new ArrayList<String>();
		for (var language : List.of(Language.ENGLISH, Language.ARABIC, Language.RUSSIAN, Language.FRENCH)) {
			for (var width : List.of(390, 1366)) {
				var where = language.tag() + " at " + width + " px";
				usePage(at(width, width < 800 ? 844 : 768));
				signInAs(office.username(), office.password());
				this.page.navigate(url("/letters/imports/files/" + file));
				if (language != Language.ENGLISH) {
					this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(language.nativeName()))
						.click();
				}
				assertThat(this.page.locator("html")).hasAttribute("lang", language.tag());
				assertThat(this.page.locator("html")).hasAttribute("dir", language.direction());
				// The whole page read: its last button is there.
				assertThat(this.page.locator(".review-meetings button[type=submit]")).isVisible();
				var groups = this.page.locator("fieldset.import-meeting").count();
				assertThat(groups).as("the meetings found, and one to add").isGreaterThanOrEqualTo(4);
				for (int n = 1; n <= groups; n++) {
					var status = this.page.locator("#meeting-" + n + "-status");
					var box = status.boundingBox();
					if (box.x < 0 || box.x + box.width > width) {
						problems.add(
								where + ": the status of meeting " + n + " is at " + box.x + "–" + (box.x + box.width));
					}
				}
				var outside = this.page.evaluate(
						"""
								() => Array.from(document.querySelectorAll('.import-meeting input, .import-meeting select, .import-meeting legend'))
								  .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > document.documentElement.clientWidth + 0.5; })
								  .map(e => e.id || e.tagName.toLowerCase())
								""");
				if (!((List<?>) outside).isEmpty()) {
					problems.add(where + ": out of sight " + outside);
				}
				var widths = (String) this.page.evaluate(
						"() => document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth");
				var parts = widths.split(" > ");
				if (Integer.parseInt(parts[0]) > Integer.parseInt(parts[1])) {
					problems.add(where + ": the page scrolls sideways " + widths);
				}
				problems.addAll(violations(where));
				this.page.screenshot(new Page.ScreenshotOptions()
					.setPath(SCREENSHOTS.resolve("review-" + language.tag() + "-" + width + ".png"))
					.setFullPage(true));
				this.page.locator("fieldset.import-meeting")
					.first()
					.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
						.setPath(SCREENSHOTS.resolve("meeting-" + language.tag() + "-" + width + ".png")));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aMeetingMarkedHeldBeforeItsDayIsRefusedAtItsStatusWithoutJavaScript() throws Exception {
		var process = aNewProcess();
		var file = readForReview(process, FOUR_MEETINGS.formatted(process.name()));
		usePage(this.page.context()
			.browser()
			.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false).setViewportSize(390, 844))
			.newPage());
		var office = this.accounts.holding(Grant.of(Role.PGA_OFFICE));
		signInAs(office.username(), office.password());
		this.page.navigate(url("/letters/imports/files/" + file));

		this.page.getByLabel("Choose the process")
			.selectOption(new SelectOption().setLabel(process.shortName() + " — " + process.name()));
		this.page.getByLabel("Keep 1").uncheck();
		this.page.getByLabel("Date 1", new Page.GetByLabelOptions().setExact(true)).fill("");
		this.page.getByLabel("Status 3").selectOption("HELD");
		var day = this.page.getByLabel("Date 3", new Page.GetByLabelOptions().setExact(true)).inputValue();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Store the letter")).click();

		var message = "Meeting 3 cannot have been held: "
				+ java.time.LocalDate.parse(day)
					.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))
				+ " has not come yet.";
		var status = this.page.getByLabel("Status 3");
		assertThat(status).hasValue("HELD");
		assertThat(status).hasAttribute("aria-invalid", "true");
		assertThat(status).hasAccessibleDescription(message);
		assertThat(this.page.getByLabel("Status 2")).not().hasAttribute("aria-invalid", "true");
		assertThat(this.page.getByLabel("Keep 1")).not().isChecked();
		var summary = this.page.locator("[data-error-summary]");
		assertThat(summary.getByRole(AriaRole.LINK)).hasText(message);
		summary.getByRole(AriaRole.LINK).click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile("#meetings\\[2\\]\\.status-error$"));
		assertThat(this.page.locator("fieldset.import-meeting").nth(2).locator(".field-error")).hasText(message);
		assertThat(this.page.locator("fieldset.import-meeting").nth(2).locator(".field-error")).isInViewport();
		this.page.keyboard().press("Tab");
		// The message stands before its field: the next key reaches the field.
		assertThat(status).isFocused();
		this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("refused-en-390.png")));
	}

	private ProcessView aNewProcess() {
		return this.processes.create(new NewProcess("IR" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations reviewed in the browser " + UUID.randomUUID().toString().substring(0, 8), null, null),
				Actors.administrator());
	}

	/** A file uploaded by the administrator and read, waiting for review. */
	private UUID readForReview(ProcessView process, String text) throws InterruptedException {
		var batch = this.imports.upload(
				List.of(new LetterImports.Upload("four.txt", text.getBytes(StandardCharsets.UTF_8))), false,
				Actors.administrator());
		for (int i = 0; i < 200 && !batch.isDone(); i++) {
			Thread.sleep(25);
			batch = this.imports.batch(batch.id(), Actors.administrator());
		}
		assertThat(batch.files().get(0).status()).isEqualTo(ImportStatus.NEEDS_REVIEW);
		return batch.files().get(0).id();
	}

	private Page at(int width, int height) {
		var context = this.page.context()
			.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
				.setIsMobile(width < 800)
				.setHasTouch(width < 800));
		var page = context.newPage();
		page.setDefaultTimeout(10_000);
		return page;
	}

	private void usePage(Page page) {
		this.page.context().close();
		this.page = page;
	}

	private List<String> violations(String where) {
		var results = new AxeBuilder(this.page)
			.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze();
		return results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map((rule) -> where + ": " + rule.getId() + " " + rule.getHelp() + " "
					+ rule.getNodes().stream().limit(3).map((n) -> String.valueOf(n.getTarget())).toList())
			.toList();
	}

}
