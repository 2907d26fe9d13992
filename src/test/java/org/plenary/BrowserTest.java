package org.plenary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real Chromium (Debian's, at /usr/bin/chromium; Playwright never downloads a browser)
 * against Plenary on a random port. Subclasses drive pages the way a person does: by role
 * and label.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@LocalServerPort
	int port;

	Playwright playwright;

	Browser browser;

	protected Page page;

	@BeforeAll
	void launchChromium() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@BeforeEach
	void openAPage() {
		this.page = this.browser.newContext().newPage();
		this.page.setDefaultTimeout(10_000);
	}

	private final List<com.microsoft.playwright.BrowserContext> others = new java.util.ArrayList<>();

	/** A page in a browser context of its own: another person, at another screen. */
	protected Page anotherPage() {
		var context = this.browser.newContext();
		this.others.add(context);
		var another = context.newPage();
		another.setDefaultTimeout(10_000);
		return another;
	}

	@AfterEach
	void closeThePage() {
		this.page.context().close();
		this.others.forEach(com.microsoft.playwright.BrowserContext::close);
		this.others.clear();
	}

	@AfterAll
	void closeChromium() {
		this.browser.close();
		this.playwright.close();
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	protected void signInAs(String username, String password) {
		this.page.navigate(url("/login"));
		this.page.getByLabel("Username").fill(username);
		this.page.getByLabel("Password").fill(password);
		this.page
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
			.click();
	}

}
