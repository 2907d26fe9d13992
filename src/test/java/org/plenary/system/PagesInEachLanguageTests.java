package org.plenary.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.plenary.EveryPage;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The main pages, shown in each language but English, show none of the English words of
 * the message bundles: a string that is an English message (whole, or with its arguments
 * filled in) where the translation differs is an untranslated string on the page, from a
 * bundle that lacks it or from a template or Java that bypasses the bundles. Stored
 * records (names, codes, letters' text) are not the bundles' and are not looked at.
 */
@PlenaryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesInEachLanguageTests {

	/**
	 * The pages people read most: a pattern of the application's, or a path with its
	 * query.
	 */
	static final List<String> MAIN_PAGES = List.of("/", "/processes", "/processes/{slug}",
			"/processes/{slug}/programme", "/meetings/{id}", "/meetings/{id}/speakers", "/letters", "/letters/{id}",
			"/delegations", "/delegations/{code}", "/groups", "/groups/{id}", "/login", "/search?q=draft",
			"/revisions/{id}", "/processes/{slug}/texts", "/journal", "/sessions", "/venues", "/models");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EveryPage everyPage;

	@TestFactory
	Stream<DynamicTest> theMainPagesShowNoEnglishInAnotherLanguage() throws IOException {
		var tests = new ArrayList<DynamicTest>();
		for (var language : Language.all()) {
			if (language == Language.ENGLISH) {
				continue;
			}
			var english = untranslatedLooks(language);
			tests.add(DynamicTest.dynamicTest(language.tag(), () -> {
				var found = new ArrayList<String>();
				for (var page : MAIN_PAGES) {
					var path = page.contains("{") ? this.everyPage.pathOf(page) : page;
					var request = get(path).header("Accept-Language", language.tag());
					if (!path.equals("/login")) {
						request = request.with(user(this.users.loadUserByUsername("admin")));
					}
					var response = this.mvc.perform(request).andReturn().getResponse();
					assertThat(response.getStatus()).as(path).isEqualTo(200);
					var html = response.getContentAsString(StandardCharsets.UTF_8);
					assertThat(html).as(path).contains("lang=\"" + language.tag() + "\"");
					for (var shown : shownStrings(html)) {
						for (var message : english.entrySet()) {
							if (message.getKey().startsWith("groupName.") && !path.startsWith("/groups")
									&& !path.startsWith("/delegations")) {
								// Elsewhere a group's name is a record's (a reform model
								// named
								// after the group that tabled it).
								continue;
							}
							if (message.getValue().matcher(shown).matches()) {
								found.add(path + ": \"" + shown + "\" (" + message.getKey() + ")");
							}
						}
					}
				}
				assertThat(found).as("English on " + language.nativeName() + " pages").isEmpty();
			}));
		}
		return tests.stream();
	}

	@Test
	void aProcesssSessionsAreNamedWithTheLanguagesOrdinals() throws Exception {
		var html = this.mvc
			.perform(get("/processes/ign").header("Accept-Language", "fr")
				.with(user(this.users.loadUserByUsername("admin"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("79e session").doesNotContain("79th");
	}

	@Test
	void anEnglishMessageIsRecognisedWithItsArgumentsFilledIn() {
		assertThat(look("Signed in as {0}").matcher("Signed in as admin").matches()).isTrue();
		assertThat(look("Week of {0}").matcher("Semaine du 18 novembre 2024").matches()).isFalse();
		assertThat(look("It''s {0}").matcher("It's late").matches()).isTrue();
	}

	/**
	 * What every English message looks like on a page, for the messages this language
	 * writes otherwise: long enough to be words, not a name or a code.
	 */
	static Map<String, Pattern> untranslatedLooks(Language language) throws IOException {
		var looks = new LinkedHashMap<String, Pattern>();
		for (var basename : TranslationsTests.basenames()) {
			var english = TranslationsTests.bundle(basename, "");
			Properties translated = TranslationsTests.bundle(basename, "_" + language.tag());
			for (var key : new TreeSet<>(english.stringPropertyNames())) {
				var value = normalized(english.getProperty(key));
				var translation = translated.getProperty(key);
				if (key.startsWith("format.") || (translation != null && normalized(translation).equals(value))) {
					continue;
				}
				if (value.matches(".*\\{[^}]*\\{.*")) {
					// A choice between wordings ({0,choice,...}): its words are looked
					// for on their own pages by the bundles' test.
					continue;
				}
				var literal = value.replaceAll("\\{[^}]*\\}", "");
				if (literal.replaceAll("[^\\p{L}]", "").length() < 4) {
					continue;
				}
				if (!literal.equals(value) && literal.strip().split("\\s+").length < 2) {
					// One word beside its arguments ("{1} session"): any sentence
					// with that word would look like it.
					continue;
				}
				looks.put(key, look(value));
			}
		}
		return looks;
	}

	/** A message as a pattern: its words as written, each argument any text. */
	static Pattern look(String message) {
		var pattern = new StringBuilder();
		var hasArguments = !TranslationsTests.arguments(message).isEmpty();
		var text = hasArguments ? message.replace("''", "'") : message;
		int at = 0;
		var argument = Pattern.compile("\\{\\d+[^{}]*(\\{[^}]*\\}[^{}]*)*\\}").matcher(text);
		while (hasArguments && argument.find()) {
			pattern.append(Pattern.quote(text.substring(at, argument.start()))).append(".{1,40}?");
			at = argument.end();
		}
		pattern.append(Pattern.quote(text.substring(at)));
		return Pattern.compile(pattern.toString(), Pattern.DOTALL);
	}

	/**
	 * The strings a page shows in its own language: each element's own text and its
	 * labels for assistive technology. A record marked as written in another language (a
	 * letter in English, {@code <article lang="en">}) is shown as written, and not read.
	 */
	static List<String> shownStrings(String html) {
		var shown = new ArrayList<String>();
		var document = Jsoup.parse(html);
		var root = document.selectFirst("html");
		var pageLanguage = root == null ? "" : root.attr("lang");
		for (Element element : document.getAllElements()) {
			if (List.of("script", "style", "mark").contains(element.tagName())) {
				// A search's marked words are the query's, not Plenary's.
				continue;
			}
			var marked = element.closest("[lang]");
			if (marked != null && marked != root && !marked.attr("lang").equals(pageLanguage)) {
				continue;
			}
			add(shown, element.ownText());
			add(shown, element.text());
			for (var attribute : List.of("aria-label", "title", "placeholder", "alt")) {
				add(shown, element.attr(attribute));
			}
			if (element.tagName().equals("input")
					&& List.of("submit", "button").contains(element.attr("type").toLowerCase())) {
				add(shown, element.attr("value"));
			}
		}
		return shown;
	}

	private static void add(List<String> shown, String text) {
		var normalized = normalized(text);
		if (!normalized.isEmpty()) {
			shown.add(normalized);
		}
	}

	private static String normalized(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

}
