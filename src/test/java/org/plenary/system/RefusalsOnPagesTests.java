package org.plenary.system;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A refusal is said in the language of the page that shows it — at the field of a form,
 * and on the error page with its title — and the API says its RFC 9457 problem in the
 * language the client asks for with Accept-Language, in English when it asks for none of
 * the six.
 */
@PlenaryIntegrationTest
class RefusalsOnPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void aFrenchPageSaysAtItsFieldThatTheShortNameIsTakenInFrench() throws Exception {
		var page = Jsoup.parse(html(newProcessNamedIgn("fr")));
		assertThat(page.selectFirst("#shortName-error").text())
			.isEqualTo("Un processus portant le nom abrégé IGN existe déjà.");
	}

	@Test
	void anArabicPageSaysItInArabicRightToLeft() throws Exception {
		var page = Jsoup.parse(html(newProcessNamedIgn("ar")));
		assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(page.selectFirst("#shortName-error").text())
			.isEqualTo("توجد بالفعل عملية بالاسم المختصر \u2068IGN\u2069.");
	}

	@Test
	void anEnglishPageKeepsTheEnglishSentence() throws Exception {
		var page = Jsoup.parse(html(newProcessNamedIgn("en")));
		assertThat(page.selectFirst("#shortName-error").text())
			.isEqualTo("A process with the short name IGN exists already.");
	}

	@Test
	void aTakenShortNameIsSaidWithTheFormsOtherErrorsAndWhatWasTypedIsKept() throws Exception {
		var page = Jsoup.parse(html(post("/processes").header("Accept-Language", "en")
			.param("shortName", " ign ")
			.param("name", "")
			.param("description", "Kept as typed")
			.param("interventionLimitMinutes", "3")
			.with(user(this.users.loadUserByUsername("admin")))
			.with(csrf())));
		assertThat(page.selectFirst("#shortName-error").text())
			.isEqualTo("A process with the short name ign exists already.");
		assertThat(page.selectFirst("#name-error")).isNotNull();
		assertThat(page.selectFirst("#description").text()).isEqualTo("Kept as typed");
	}

	@Test
	void theApiAnswersInTheLanguageAskedForAndInEnglishOtherwise() throws Exception {
		var french = newProcessNamedIgnOnTheApi("fr");
		assertThat(french.getStatus()).isEqualTo(400);
		assertThat(french.getHeader("Content-Language")).isEqualTo("fr");
		assertThat(french.getContentAsString(StandardCharsets.UTF_8))
			.contains("\"detail\":\"Un processus portant le nom abrégé IGN existe déjà.\"")
			.contains("\"message\":\"Un processus portant le nom abrégé IGN existe déjà.\"");

		for (var english : java.util.List.of("en", "de, en;q=0.5", "")) {
			var response = newProcessNamedIgnOnTheApi(english);
			assertThat(response.getStatus()).isEqualTo(400);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8))
				.contains("\"detail\":\"A process with the short name IGN exists already.\"")
				.contains("\"title\":\"Invalid input\"");
		}
	}

	private org.springframework.mock.web.MockHttpServletResponse newProcessNamedIgnOnTheApi(String language)
			throws Exception {
		var request = post("/api/processes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"shortName\":\"IGN\",\"name\":\"Another negotiation\"}")
			.with(user(this.users.loadUserByUsername("admin")))
			.with(csrf());
		if (!language.isEmpty()) {
			request = request.header("Accept-Language", language);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void theErrorPageSaysTheRefusalAndItsTitleInThePagesLanguage() throws Exception {
		var missing = UUID.randomUUID();
		var french = Jsoup.parse(html(get("/meetings/" + missing).header("Accept-Language", "fr")
			.with(user(this.users.loadUserByUsername("admin")))));
		assertThat(french.selectFirst("h1").text()).isEqualTo("Séance introuvable");
		assertThat(french.selectFirst(".detail").text()).isEqualTo("Il n’y a pas de séance " + missing + ".");

		var arabic = Jsoup.parse(html(get("/meetings/" + missing).header("Accept-Language", "ar")
			.with(user(this.users.loadUserByUsername("admin")))));
		assertThat(arabic.selectFirst("h1").text()).isEqualTo("لم يُعثر على الجلسة");
		// The identifier keeps its order in the right-to-left sentence (isolated).
		assertThat(arabic.selectFirst(".detail").text()).isEqualTo("لا توجد جلسة \u2068" + missing + "\u2069.");
	}

	private MockHttpServletRequestBuilder newProcessNamedIgn(String language) {
		return post("/processes").header("Accept-Language", language)
			.param("shortName", "IGN")
			.param("name", "Another negotiation")
			.param("interventionLimitMinutes", "3")
			.with(user(this.users.loadUserByUsername("admin")))
			.with(csrf());
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
