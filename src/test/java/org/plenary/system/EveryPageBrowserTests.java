package org.plenary.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.BrowserTest;
import org.plenary.EveryPage;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.Processes;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the application maps, as each kind of person sees it (the public, a
 * delegate, a facilitator, the administrator), in Chromium: at 390×844 no page scrolls
 * sideways as a whole, and axe-core finds no serious or critical violation of WCAG 2.2
 * AA, on a phone, and on a desktop for the administrator, who sees every form. A page a
 * delegate or a facilitator sees with the same controls as the public is swept once.
 */
class EveryPageBrowserTests extends BrowserTest {

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** What a page offers to act on: forms and their fields and buttons. */
	static final String CONTROLS = "() => document.querySelectorAll('main form, main input, main select, main textarea, main button, main a').length";

	/**
	 * The controls of each page the public saw: a page a person sees alike was swept
	 * once.
	 */
	final java.util.Map<String, Integer> controlsOfThePublic = new java.util.HashMap<>();

	@Autowired
	EveryPage everyPage;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@ParameterizedTest(name = "as {0}")
	@ValueSource(strings = { "the public", "a delegate", "a facilitator", "the administrator" })
	void everyPageFitsAPhoneAndHasNoSeriousAccessibilityViolation(String person) {
		usePage(onAPhone());
		signInAs(person);
		var problems = new ArrayList<String>();
		Set<String> seen = new HashSet<>();
		for (var pattern : this.everyPage.patterns()) {
			var path = this.everyPage.pathOf(pattern);
			this.page.setViewportSize(390, 844);
			var answer = this.page.navigate(url(path));
			var where = this.page.url().replaceFirst("\\?.*", "");
			if (!answer.headerValue("content-type").startsWith("text/html") || !seen.add(where)) {
				continue;
			}
			if ((Boolean) this.page.evaluate("() => document.title === ''")) {
				// A part of a page that a page's script fetches (a live region, a
				// progress bar).
				continue;
			}
			var controls = ((Number) this.page.evaluate(CONTROLS)).intValue();
			if (!person.equals("the public") && Integer.valueOf(controls).equals(this.controlsOfThePublic.get(where))) {
				// The same page as the public's, already swept.
				continue;
			}
			if (person.equals("the public")) {
				this.controlsOfThePublic.put(where, controls);
			}
			var widths = (String) this.page
				.evaluate("() => document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth");
			var parts = widths.split(" > ");
			if (Integer.parseInt(parts[0]) > Integer.parseInt(parts[1])) {
				problems.add(path + " scrolls sideways on a phone: " + widths + " " + widest());
			}
			problems.addAll(violations(path + " (phone)"));
			if (person.equals("the administrator")) {
				// On a desktop the administrator, who sees every form of every page.
				this.page.setViewportSize(1280, 900);
				problems.addAll(violations(path + " (desktop)"));
			}
		}
		assertThat(seen).as("pages swept").hasSizeGreaterThan(20);
		assertThat(problems).as("as " + person).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void withoutJavaScriptNoPageScrollsSidewaysOnAPhoneAndEveryTableThatScrollsSaysSo() {
		usePage(this.page.context()
			.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setJavaScriptEnabled(false))
			.newPage());
		var problems = new ArrayList<String>();
		Set<String> seen = new HashSet<>();
		for (var pattern : this.everyPage.patterns()) {
			var path = this.everyPage.pathOf(pattern);
			var answer = this.page.navigate(url(path));
			var where = this.page.url().replaceFirst("\\?.*", "");
			if (!answer.headerValue("content-type").startsWith("text/html") || !seen.add(where)) {
				continue;
			}
			var widths = (String) this.page
				.evaluate("() => document.documentElement.scrollWidth + ' > ' + document.documentElement.clientWidth");
			var parts = widths.split(" > ");
			if (Integer.parseInt(parts[0]) > Integer.parseInt(parts[1])) {
				problems.add(path + " scrolls sideways without JavaScript: " + widths + " " + widest());
			}
			// A box that scrolls is reached by the keyboard, named, and shadowed at its
			// cut edge.
			problems.addAll(((List<?>) this.page.evaluate(
					"""
							() => Array.from(document.querySelectorAll('main table'))
							  .filter(t => !t.closest('.scroll-x') || (t.closest('.scroll-x').scrollWidth > t.closest('.scroll-x').clientWidth
							    && !(t.closest('.scroll-x').tabIndex === 0 && t.closest('.scroll-x').getAttribute('aria-label')
							      && getComputedStyle(t.closest('.scroll-x')).backgroundImage.includes('gradient'))))
							  .map(t => location.pathname + ': a table without its box, or a box that scrolls unsaid')
							"""))
				.stream()
				.map(String::valueOf)
				.toList());
		}
		assertThat(seen).as("pages swept").hasSizeGreaterThan(20);
		assertThat(problems).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void onAPhoneTheSiteMenuFoldsAwayBehindItsButton() {
		usePage(onAPhone());
		this.page.navigate(url("/processes"));
		var processes = this.page.getByRole(com.microsoft.playwright.options.AriaRole.NAVIGATION)
			.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
					new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Delegations"));

		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(processes).isHidden();
		this.page.getByText("Menu", new Page.GetByTextOptions().setExact(true)).click();

		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(processes).isVisible();
		processes.click();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(this.page).hasURL(url("/delegations"));
	}

	private List<String> violations(String where) {
		var results = new AxeBuilder(this.page).withTags(WCAG).analyze();
		var found = new ArrayList<String>();
		for (var rule : results.getViolations()) {
			if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
				var targets = rule.getNodes().stream().limit(3).map((n) -> String.valueOf(n.getTarget())).toList();
				found
					.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " " + targets);
			}
		}
		return found;
	}

	/** The elements wider than the screen, to say which one makes the page scroll. */
	private String widest() {
		return String.valueOf(this.page.evaluate("""
				() => Array.from(document.querySelectorAll('main *'))
				  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
				  .filter(e => !e.closest('.scroll-x'))
				  .slice(0, 3)
				  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))
				  .join(', ')
				"""));
	}

	private void signInAs(String person) {
		switch (person) {
			case "a delegate" -> {
				var mexico = this.accounts.holding(Grant.delegateOf("MEX"));
				signInAs(mexico.username(), mexico.password());
			}
			case "a facilitator" -> {
				var ign = this.accounts.holding(Grant.facilitatorOf(this.processes.process("ign").id().value()));
				signInAs(ign.username(), ign.password());
			}
			case "the administrator" -> signInAs("admin", "admin-password-for-tests");
			default -> {
			}
		}
	}

	private Page onAPhone() {
		var context = this.page.context()
			.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
		var phone = context.newPage();
		phone.setDefaultTimeout(10_000);
		return phone;
	}

	private void usePage(Page page) {
		this.page.context().close();
		this.page = page;
	}

}
