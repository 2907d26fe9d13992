package org.plenary.identity;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.system.Language;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The language a page is written in: picked with the switcher, stored on a signed-in
 * person's account, remembered for a visitor in a cookie, else the browser's, else
 * English.
 */
@PlenaryIntegrationTest
class LanguageChoiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Test
	void aVisitorWithoutPreferenceReadsEnglish() throws Exception {
		assertThat(page(get("/processes"))).contains("<html lang=\"en\" dir=\"ltr\"");
	}

	@Test
	void theBrowsersBestOfficialLanguageIsChosen() throws Exception {
		assertThat(page(get("/processes").header("Accept-Language", "de-CH, de;q=0.9, fr;q=0.8, en;q=0.5")))
			.contains("<html lang=\"fr\" dir=\"ltr\"");
		assertThat(page(get("/processes").header("Accept-Language", "zh-TW"))).contains("<html lang=\"zh\"");
		assertThat(page(get("/processes").header("Accept-Language", "ja, ko;q=0.5"))).contains("<html lang=\"en\"");
		assertThat(page(get("/processes").header("Accept-Language", ";;;q=x"))).contains("<html lang=\"en\"");
	}

	@Test
	void arabicPagesAreWrittenRightToLeft() throws Exception {
		assertThat(page(get("/processes").header("Accept-Language", "ar-EG")))
			.contains("<html lang=\"ar\" dir=\"rtl\"");
	}

	@Test
	void everyPageOffersTheSixLanguagesEachNamedInItself() throws Exception {
		var page = page(get("/processes").header("Accept-Language", "ru"));
		for (var language : Language.all()) {
			assertThat(page).contains("name=\"lang\"")
				.containsPattern("value=\"" + language.tag() + "\"[^>]*lang=\"" + language.tag() + "\"[^>]*>"
						+ language.nativeName() + "<");
		}
		assertThat(page).containsPattern("value=\"ru\"[^>]*aria-current=\"true\"");
	}

	@Test
	void aVisitorsPickIsRememberedInACookieAndBeatsTheBrowser() throws Exception {
		var answer = this.mvc.perform(post("/language").param("lang", "es").param("back", "/delegations").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(answer.getRedirectedUrl()).isEqualTo("/delegations");
		var cookie = answer.getCookie(LanguageChoice.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("es");
		assertThat(page(get("/processes").cookie(cookie).header("Accept-Language", "fr")))
			.contains("<html lang=\"es\"");
	}

	@Test
	void theSwitcherGoesBackOnlyToAPageOfThisSite() throws Exception {
		for (var back : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example",
				"javascript:x" }) {
			var answer = this.mvc.perform(post("/language").param("lang", "fr").param("back", back).with(csrf()))
				.andReturn()
				.getResponse();
			assertThat(answer.getRedirectedUrl()).as(back).isEqualTo("/");
		}
	}

	@Test
	void anUnknownLanguageChangesNothing() throws Exception {
		var answer = this.mvc.perform(post("/language").param("lang", "xx").param("back", "/processes").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(answer.getRedirectedUrl()).isEqualTo("/processes");
		assertThat(answer.getCookie(LanguageChoice.COOKIE)).isNull();
	}

	@Test
	void aSignedInPersonsPickIsStoredOnTheirAccountAndFollowsThemEverywhere() throws Exception {
		var person = this.testAccounts.holding(Grant.of(Role.PGA_OFFICE));
		var signedIn = user(person.username()).roles("PGA_OFFICE");
		assertThat(page(get("/processes").with(signedIn).header("Accept-Language", "fr")))
			.contains("<html lang=\"fr\"");
		this.mvc.perform(post("/language").param("lang", "zh").param("back", "/").with(signedIn).with(csrf()));
		// Another browser, without the cookie, that prefers French: the account says
		// Chinese.
		assertThat(page(get("/processes").with(signedIn).header("Accept-Language", "fr")))
			.contains("<html lang=\"zh\"");
		// The account beats a visitor's cookie left in the browser.
		assertThat(page(get("/processes").with(signedIn).cookie(new Cookie(LanguageChoice.COOKIE, "ru"))))
			.contains("<html lang=\"zh\"");
	}

	@Autowired
	LanguageChoice choice;

	@Test
	void theApiSpeaksEnglishWhateverTheBrowserPrefers() {
		var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/processes");
		request.addHeader("Accept-Language", "fr");
		assertThat(this.choice.resolveLocale(request)).isEqualTo(Language.ENGLISH.locale());
		var page = new org.springframework.mock.web.MockHttpServletRequest("GET", "/processes");
		page.addHeader("Accept-Language", "fr");
		assertThat(this.choice.resolveLocale(page)).isEqualTo(Language.FRENCH.locale());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
