package org.plenary.system;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.plenary.BrowserTest;
import org.plenary.delegation.StateNames;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.speakers.SpeakersLists;
import org.plenary.text.NegotiatedTexts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delegate works in Arabic and in Chinese as in English: picks the language with the
 * switcher, signs in, inscribes the delegation on a speakers list, follows the room
 * display, tables an amendment. Arabic pages run right to left with the navigation
 * starting on the right; no page scrolls sideways on a phone; axe-core finds nothing
 * serious. Screenshots are kept under target/languages/ to be looked at.
 */
class LanguagesBrowserTests extends BrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "languages");

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MessageSource messages;

	@Autowired
	StateNames stateNames;

	@ParameterizedTest
	@EnumSource(value = Language.class, names = { "ARABIC", "CHINESE" })
	void aDelegateWorksInTheLanguageTheyPicked(Language language) {
		var process = this.processes.create(new NewProcess("LB" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations in six languages", null, null), Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2037, 5, 4)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.administrator());
		var text = this.texts.create(process.id(), "A declaration", null, Actors.administrator());
		var zero = this.texts.importRevision(text.id(), null, """
				Declaration
				1. We commit to cooperate on international migration.
				2. We will review progress every four years.
				""", false, Actors.administrator());
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 15), Actors.administrator());
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		var mexicoIn = this.stateNames.in(language, "MEX", "Mexico");
		this.page.setViewportSize(1280, 900);

		// The switcher, on the sign-in page, in English first.
		this.page.navigate(url("/login"));
		assertThat(this.page.locator("html")).hasAttribute("lang", "en");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(language.nativeName())).click();
		assertThat(this.page.locator("html")).hasAttribute("lang", language.tag());
		assertThat(this.page.locator("html")).hasAttribute("dir", language.direction());
		this.page.getByLabel(word("signIn.username", language)).fill(mexico.username());
		this.page.getByLabel(word("signIn.password", language)).fill(mexico.password());
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(word("signIn.button", language)))
			.click();
		assertThat(this.page.locator("html")).hasAttribute("lang", language.tag());
		var navigation = this.page.locator(".site-menu nav li").first().boundingBox();
		if (language.rightToLeft()) {
			assertThat(navigation.x).as("the navigation starts on the right").isGreaterThan(640);
		}
		else {
			assertThat(navigation.x).as("the navigation starts on the left").isLessThan(640);
		}
		this.page.screenshot(new Page.ScreenshotOptions().setPath(shot(language, "home")).setFullPage(true));

		// Inscribe on the speakers list; the room display follows, in the same language.
		this.page.navigate(url("/meetings/" + meeting + "/speakers"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(word("speakers.inscribe", language)))
			.click();
		assertThat(this.page.getByRole(AriaRole.TABLE)).containsText(mexicoIn);
		this.page.screenshot(new Page.ScreenshotOptions().setPath(shot(language, "speakers")).setFullPage(true));
		var room = anotherPage();
		room.navigate(url("/meetings/" + meeting + "/speakers/room"));
		room.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(language.nativeName())).click();
		assertThat(room.locator("html")).hasAttribute("dir", language.direction());
		assertThat(room.locator(".room-speaker")).hasText(word("speakers.nobody", language));
		assertThat(room.locator(".room-next li").first()).hasText(mexicoIn);
		this.speakers.next(meeting, Actors.administrator());
		assertThat(room.locator(".room-speaker")).hasText(mexicoIn);
		room.screenshot(new Page.ScreenshotOptions().setPath(shot(language, "room")));

		// Table an amendment.
		this.page.navigate(url("/revisions/" + zero.id()));
		this.page.getByLabel(word("texts.kind", language), new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel(word("texts.kind.REPLACE_WORDS", language)));
		this.page.getByLabel(word("texts.paragraph", language))
			.selectOption(new SelectOption().setLabel("2. We will review progress every four years."));
		this.page.getByLabel(word("texts.oldWords", language)).fill("every four years");
		this.page.getByLabel(word("texts.newWords", language)).fill("every two years");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(word("texts.table.submit", language)))
			.click();
		var amended = this.page.locator(".compilation .paragraph")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("We will review progress"));
		assertThat(amended.locator("ins")).hasText("every two years");
		this.page.screenshot(new Page.ScreenshotOptions().setPath(shot(language, "compilation")).setFullPage(true));

		// On a phone: nothing scrolls sideways.
		this.page.setViewportSize(390, 844);
		for (var path : List.of("/processes", "/delegations", "/meetings/" + meeting + "/speakers",
				"/revisions/" + zero.id(), "/processes/ign/programme")) {
			this.page.navigate(url(path));
			var overflow = this.page
				.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
			assertThat(overflow).as(path + " scrolls sideways at 390 px").isEqualTo(false);
		}
		this.page.navigate(url("/delegations"));
		this.page.screenshot(new Page.ScreenshotOptions().setPath(shot(language, "phone-delegations")));
	}

	@org.junit.jupiter.api.Test
	void arabicPagesPassAxe() {
		this.page.navigate(url("/login"));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Language.ARABIC.nativeName())).click();
		// The choice is stored when the page comes back in Arabic, not before: going on
		// at once could cut it off.
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		var found = new ArrayList<String>();
		for (var path : List.of("/", "/processes", "/processes/ign", "/delegations", "/groups", "/login",
				"/processes/ign/programme")) {
			this.page.navigate(url(path));
			assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
			var results = new AxeBuilder(this.page).withTags(EveryPageBrowserTests.WCAG).analyze();
			for (var rule : results.getViolations()) {
				if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
					found.add(path + ": " + rule.getId() + " " + rule.getHelp() + " "
							+ rule.getNodes().stream().limit(3).map((n) -> String.valueOf(n.getTarget())).toList());
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private String word(String key, Language language) {
		return this.messages.getMessage(key, null, language.locale());
	}

	private static Path shot(Language language, String what) {
		return SCREENSHOTS.resolve(language.tag() + "-" + what + ".png");
	}

}
