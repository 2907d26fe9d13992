package org.plenary.system;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
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
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.SpeakersLists;
import org.plenary.text.NegotiatedTexts;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages a delegation uses during a negotiation, on a phone (390×844) in Spanish and
 * in Arabic, as the tester who found them cut saw them: nothing scrolls the page
 * sideways, every control of a row is in sight beside what it acts on, a table that
 * scrolls says so, no word is broken inside, a page written right to left keeps typed
 * Latin text in its order.
 */
class PhonePagesBrowserTests extends BrowserTest {

	/** How far the page scrolls sideways, in pixels (0 when it does not). */
	static final String SIDEWAYS = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

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

	@Test
	void onAPhoneADelegateSeesItsInscriptionWithItsActionsUnderItsNameAndNothingScrollsSideways() {
		var meeting = aMeetingWithInscriptions();
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		signInAs(mexico.username(), mexico.password());
		this.page.setViewportSize(390, 844);
		this.page.navigate(url("/meetings/" + meeting + "/speakers"));
		inLanguage("Español");

		assertThat(this.page.evaluate(SIDEWAYS)).as("the page scrolls sideways").isEqualTo(0);
		var statements = this.page.getByRole(AriaRole.TABLE).first();
		assertThat(statements.locator("caption")).hasText("Declaraciones, por orden de intervención");
		assertInSight(statements.locator("caption"));
		var mine = statements.locator("tr").filter(new Locator.FilterOptions().setHasText("México"));
		var withdraw = mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retirar"));
		var attach = mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adjuntar la declaración"));
		assertInSight(withdraw);
		assertInSight(attach);
		withdraw.focus();
		assertInSight(mine.getByText("México", new Locator.GetByTextOptions().setExact(true)));
		assertInSight(withdraw);
		assertThat(withdraw.boundingBox().y).as("the actions are under the speaker's name")
			.isGreaterThan(mine.getByText("México", new Locator.GetByTextOptions().setExact(true)).boundingBox().y);
		// Each line says what it is.
		assertThat(mine.locator("td[data-label='Orador']")).hasText("México");

		// In Arabic, the same.
		inLanguage("العربية");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(this.page.evaluate(SIDEWAYS)).as("the Arabic page scrolls sideways").isEqualTo(0);
		assertInSight(this.page.locator("tr")
			.filter(new Locator.FilterOptions().setHasText("المكسيك"))
			.getByRole(AriaRole.BUTTON)
			.last());
		shots("speakers-ar");
		inLanguage("Español");
		shots("speakers-es");
	}

	@Test
	void withoutJavaScriptTheSpeakersListFitsAPhoneAndAWideTableScrollsInItsOwnBoxWithACue() {
		var meeting = aMeetingWithInscriptions();
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		usePage(withoutJavaScript(390, 844));
		signInAs(mexico.username(), mexico.password());

		this.page.navigate(url("/meetings/" + meeting + "/speakers"));
		assertThat(this.page.evaluate(SIDEWAYS)).as("the speakers list scrolls sideways").isEqualTo(0);
		assertInSight(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw")).first());

		this.page.navigate(url("/sessions"));
		assertThat(this.page.evaluate(SIDEWAYS)).as("the sessions scroll sideways").isEqualTo(0);
		var box = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Sessions of the General Assembly"));
		assertThat(box).hasAttribute("tabindex", "0");
		assertThat(box.evaluate("b => b.scrollWidth > b.clientWidth")).as("the sessions' table scrolls in its box")
			.isEqualTo(true);
		assertThat((String) box.evaluate("b => getComputedStyle(b).backgroundImage")).as("the cut edge's shadow")
			.contains("radial-gradient");
		// The heading the tester could not see is in the box, reached by scrolling it.
		box.evaluate("b => b.scrollLeft = b.scrollWidth");
		assertInSight(box.getByRole(AriaRole.COLUMNHEADER).last());
	}

	@Test
	void onAPhoneEachLetterIsABlockOfLabelledLinesWithItsSignersAndStatus() {
		this.page.setViewportSize(390, 844);
		this.page.navigate(url("/letters"));
		inLanguage("Español");

		assertThat(this.page.evaluate(SIDEWAYS)).isEqualTo(0);
		var first = this.page.locator("main table tbody tr").first();
		assertInSight(first.locator("td[data-label='Firmada por']"));
		assertInSight(first.locator("td[data-label='Estado'] .status"));
		shots("letters-es");
	}

	@Test
	void onAPhoneTheMonthIsTheListOfItsDaysWithMeetingsAndNoWordIsBroken() {
		this.page.setViewportSize(390, 844);
		this.page.navigate(url("/processes/ign/programme?session=79&view=month"));
		inLanguage("Español");

		assertThat(this.page.evaluate(SIDEWAYS)).isEqualTo(0);
		var days = this.page.locator("table.calendar td").filter(new Locator.FilterOptions().setVisible(true));
		assertThat(days.count()).as("days with meetings").isPositive();
		assertThat(days.first().locator(".day-long")).hasText("martes 19 de noviembre");
		assertThat(this.page.locator("table.calendar td.empty").filter(new Locator.FilterOptions().setVisible(true)))
			.hasCount(0);
		assertThat(this.page.evaluate(BROKEN_WORDS, "table.calendar td")).as("words broken inside")
			.isEqualTo(List.of());
		shots("month-es");

		this.page.setViewportSize(1280, 900);
		assertThat(this.page.evaluate(BROKEN_WORDS, "table.calendar td, table.calendar th"))
			.as("words broken inside on a desktop")
			.isEqualTo(List.of());
	}

	@Test
	void onAPhoneAMonthWithoutMeetingsSaysSoInItsLanguage() {
		this.page.setViewportSize(390, 844);
		this.page.navigate(url("/processes/ign/programme?view=month&month=2031-08"));

		// A phone shows only the days that have meetings: without the sentence, nothing.
		assertThat(this.page.getByText("No meetings are scheduled in August 2031.")).isVisible();
		inLanguage("Español");
		assertThat(this.page.getByText("No hay sesiones programadas en agosto de 2031.")).isVisible();
		inLanguage("中文");
		assertThat(this.page.getByText("2031年8月未排定任何会议。")).isVisible();
		shots("month-empty-zh");

		// A month with meetings lists them, and says nothing of the kind.
		this.page.navigate(url("/processes/ign/programme?view=month&month=2024-11"));
		assertThat(this.page.locator("table.calendar td").filter(new Locator.FilterOptions().setVisible(true)).first())
			.containsText("11月19日");
		assertThat(this.page.getByText("未排定任何会议")).hasCount(0);
	}

	@Test
	void onAPhoneTheConvergenceMapIsReadableInItsBoxAndDrawnFromTheRightInArabic() {
		this.page.setViewportSize(390, 844);
		this.page.navigate(url("/processes/ign/positions"));
		inLanguage("Español");

		assertThat(this.page.evaluate(SIDEWAYS)).isEqualTo(0);
		var map = this.page.locator("svg.convergence");
		var box = this.page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Mapa de convergencia"));
		assertThat(box.locator("svg.convergence")).hasCount(1);
		assertThat(box.evaluate("b => b.scrollWidth > b.clientWidth")).isEqualTo(true);
		var label = map.locator("text").filter(new Locator.FilterOptions().setHasText("Categories of membership"));
		assertThat(label.boundingBox().height).as("the topics' names as large as small print").isGreaterThan(11);
		var index = map.locator("text")
			.filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^\\d[,.]\\d\\d$")))
			.first();
		assertThat(index).hasText(java.util.regex.Pattern.compile("^\\d,\\d\\d$"));
		assertThat(this.page.locator("section.topic").first()).containsText(index.textContent());

		inLanguage("العربية");
		assertThat(map).hasAttribute("direction", "rtl");
		var outside = (Number) map.evaluate("""
				svg => { const r = svg.getBoundingClientRect();
				  return Array.from(svg.querySelectorAll('text')).filter(t => { const b = t.getBoundingClientRect();
				    return b.left < r.left - 1 || b.right > r.right + 1; }).length; }""");
		assertThat(outside).as("words drawn outside the map").isEqualTo(0);
		var name = map.locator("text").filter(new Locator.FilterOptions().setHasText("Categories of membership"));
		assertThat(name.boundingBox().x + name.boundingBox().width).as("the topics' names at the map's right in Arabic")
			.isGreaterThan(map.boundingBox().x + map.boundingBox().width - 20);
		// The box starts where an Arabic reader starts: the names are in sight.
		assertInSight(name);
		shots("positions-ar");
	}

	@Test
	void inArabicTheAmendmentsKeepTypedLatinTextInItsOrderAndTheirActionsInSight() {
		var zero = org.plenary.text.IssuedTexts.declaration(this.processes, this.texts, "PH",
				"A text amended on a phone");
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
		signInAs(mexico.username(), mexico.password());
		this.page.navigate(url("/revisions/" + zero.id()));
		org.plenary.text.IssuedTexts.fillTheReplacementInParagraphTwo(this.page);
		this.page.getByLabel("Explanation").fill("Demo.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Table the amendment")).click();
		assertThat(this.page.locator("main table")).containsText("every two years");

		this.page.setViewportSize(390, 844);
		inLanguage("العربية");
		assertThat(this.page.locator("html")).hasAttribute("dir", "rtl");
		assertThat(this.page.evaluate(SIDEWAYS)).isEqualTo(0);
		var row = this.page.locator("main table tbody tr").first();
		assertThat(row.locator("p.hint")).hasText("Demo.");
		assertThat(row.locator("p.hint").evaluate("e => getComputedStyle(e).direction")).isEqualTo("ltr");
		assertThat(row.locator("td").first().locator("a").evaluate("e => getComputedStyle(e).direction"))
			.isEqualTo("ltr");
		assertThat(row.locator("td").first().evaluate("e => getComputedStyle(e).direction"))
			.as("the line itself reads right to left")
			.isEqualTo("rtl");
		assertThat(row.locator("ins").evaluate("e => getComputedStyle(e).direction")).isEqualTo("ltr");
		var number = row.locator("td").first().locator("a").boundingBox();
		var line = row.locator("td").first().boundingBox();
		assertThat(number.x + number.width).as("'2.' beside its label, at the line's start on the right")
			.isGreaterThan(line.x + line.width / 2);
		var withdraw = row.getByRole(AriaRole.BUTTON);
		assertThat(withdraw).hasCount(1);
		assertInSight(withdraw);
		assertInSight(row.locator("td").first());
		shots("compilation-ar");

		this.page.navigate(url("/revisions/" + zero.id()));
		for (var field : List.of("oldWords", "anchorWords", "newWords", "explanation", "holder")) {
			assertThat(this.page.locator("#" + field)).hasAttribute("dir", "auto");
		}
	}

	@Test
	void onAPhoneTheMenuButtonStaysWhereItIsWhenTheMenuOpens() {
		this.page.setViewportSize(390, 844);
		for (var language : List.of("Español", "العربية")) {
			this.page.navigate(url("/processes"));
			inLanguage(language);
			var button = this.page.locator("summary").filter(new Locator.FilterOptions().setVisible(true)).first();
			var closed = button.boundingBox();
			button.click();
			assertThat(this.page.locator("details.site-menu")).hasAttribute("open", "");
			var open = button.boundingBox();
			assertThat(open.x).as(language).isCloseTo(closed.x, org.assertj.core.data.Offset.offset(1.0));
			assertThat(open.y).as(language).isCloseTo(closed.y, org.assertj.core.data.Offset.offset(1.0));
			var brand = this.page.locator(".brand").boundingBox();
			assertThat(Math.abs(open.y - brand.y)).as("on the name's line").isLessThan(brand.height);
		}
	}

	/** The words of the visible elements a selector names that are cut across lines. */
	static final String BROKEN_WORDS = """
			selector => { const broken = [];
			  for (const cell of document.querySelectorAll(selector)) {
			    if (!cell.checkVisibility()) continue;
			    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			      if (!node.parentElement.checkVisibility()) continue;
			      for (const word of node.data.matchAll(/[^\\s\\u2013]+/g)) {
			        const range = document.createRange();
			        range.setStart(node, word.index); range.setEnd(node, word.index + word[0].length);
			        const tops = new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top)));
			        if (tops.size > 1) broken.push(word[0]);
			      } } }
			  return broken; }""";

	private String aMeetingWithInscriptions() {
		var process = this.processes.create(new NewProcess("PS" + UUID.randomUUID().toString().substring(0, 5),
				"Consultations followed on a phone", null, null), Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2037, 4, 7)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.administrator());
		for (var code : List.of("GBR", "MEX")) {
			this.speakers.inscribe(meeting, code, null, InscriptionKind.STATEMENT, Actors.delegateOf(code));
		}
		return meeting.toString();
	}

	private void inLanguage(String nativeName) {
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(nativeName).setExact(true)).click();
		this.page.waitForLoadState();
	}

	/**
	 * The page as it is at 390 px and at 1280 px, kept under target/phone/ to be looked
	 * at; the page is left at 390 px.
	 */
	private void shots(String name) {
		for (var width : List.of(1280, 390)) {
			this.page.setViewportSize(width, (width == 390) ? 844 : 900);
			this.page.screenshot(new Page.ScreenshotOptions()
				.setPath(java.nio.file.Path.of("target", "phone", name + "-" + width + ".png"))
				.setFullPage(true));
		}
	}

	/**
	 * Wholly inside the screen's width (and the page not scrolled sideways to show it).
	 */
	private void assertInSight(Locator element) {
		element.scrollIntoViewIfNeeded();
		var box = element.boundingBox();
		var width = ((Number) this.page.evaluate("() => document.documentElement.clientWidth")).doubleValue();
		assertThat(box).as("shown").isNotNull();
		assertThat(box.x).as("left edge in sight").isGreaterThanOrEqualTo(-0.5);
		assertThat(box.x + box.width).as("right edge in sight").isLessThanOrEqualTo(width + 0.5);
	}

	private Page withoutJavaScript(int width, int height) {
		var context = this.page.context()
			.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setJavaScriptEnabled(false));
		var page = context.newPage();
		page.setDefaultTimeout(10_000);
		return page;
	}

	private void usePage(Page page) {
		this.page.context().close();
		this.page = page;
	}

}
