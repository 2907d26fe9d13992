package org.plenary.text;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.NotYourProcess;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.plenary.system.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PlenaryIntegrationTest
class LanguageVersionsTests {

	static final String ZERO_DRAFT = """
			Preamble
			We, the Heads of State and Government, have met to affirm our commitment to international cooperation.
			Recalling the New York Declaration for Refugees and Migrants,
			Objective 1: Collect and utilize accurate data
			1. We commit to strengthen the global evidence base on international migration.
			(a) Elaborate a comprehensive strategy;
			(b) Improve the comparability of data;
			2. We commit to share data in line with national legislation.
			""";

	static final String FRENCH = """
			Préambule
			Nous, chefs d'État et de gouvernement, nous sommes réunis pour affirmer notre attachement à la coopération internationale.
			Rappelant la Déclaration de New York pour les réfugiés et les migrants,
			Objectif 1 : Collecter et utiliser des données exactes
			1. Nous nous engageons à renforcer la base de données factuelles mondiale sur les migrations internationales.
			(a) Élaborer une stratégie globale ;
			(b) Améliorer la comparabilité des données ;
			2. Nous nous engageons à partager des données conformément à la législation nationale.
			""";

	static final String ARABIC = """
			الديباجة
			نحن، رؤساء الدول والحكومات، اجتمعنا لتأكيد التزامنا بالتعاون الدولي.
			إذ نشير إلى إعلان نيويورك من أجل اللاجئين والمهاجرين،
			الهدف 1: جمع بيانات دقيقة واستخدامها
			1. نلتزم بتعزيز قاعدة الأدلة العالمية بشأن الهجرة الدولية.
			(أ) وضع استراتيجية شاملة؛
			(ب) تحسين قابلية البيانات للمقارنة؛
			2. نلتزم بتبادل البيانات وفقاً للتشريعات الوطنية.
			""";

	@Autowired
	LanguageVersions versions;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AmendmentRepository amendments;

	Actor cofacilitator;

	UUID process;

	TextView text;

	RevisionView zero;

	@BeforeEach
	void aTextWithItsZeroDraftIssued() {
		this.process = this.processes
			.create(new NewProcess("LV " + UUID.randomUUID().toString().substring(0, 6), "A text in six languages",
					null, null), Actors.administrator())
			.id()
			.value();
		this.cofacilitator = Actors.facilitatorOf(this.process);
		this.text = this.texts.create(new org.plenary.process.ProcessId(this.process), "Global compact (languages)",
				null, this.cofacilitator);
		this.zero = this.texts.importRevision(this.text.id(), null, ZERO_DRAFT, false, this.cofacilitator);
		this.texts.issue(this.zero.id(), LocalDate.of(2018, 2, 5), this.cofacilitator);
	}

	@Test
	void aVersionLinesUpWithTheRevisionParagraphByParagraph() {
		var french = this.versions.addVersion(this.zero.id(), Language.FRENCH, FRENCH, this.cofacilitator);

		assertThat(french.paragraphs()).extracting(RevisionView.ParagraphView::number)
			.containsExactly("PP1", "PP2", "1.", "(a)", "(b)", "2.");
		assertThat(french.paragraphs()).extracting(RevisionView.ParagraphView::lineage)
			.containsExactlyElementsOf(
					this.zero.paragraphs().stream().map(RevisionView.ParagraphView::lineage).toList());
		assertThat(french.parts()).extracting(RevisionView.Part::heading)
			.containsExactly("Préambule", "Objectif 1 : Collecter et utiliser des données exactes");
		assertThat(french.paragraphs().get(3).text()).isEqualTo("Élaborer une stratégie globale ;");
		var languages = this.versions.languages(this.zero.id(), Actor.anonymous());
		assertThat(languages.original()).isEqualTo(Language.ENGLISH);
		assertThat(languages.all()).containsExactly(Language.ENGLISH, Language.FRENCH);
		assertThat(
				this.versions.revision(this.zero.id(), Language.FRENCH, Actor.anonymous()).paragraphs().get(5).text())
			.isEqualTo("Nous nous engageons à partager des données conformément à la législation nationale.");
	}

	@Test
	void refusesAVersionThatDoesNotLineUpNamingTheFirstParagraphThatDoesNot() {
		var shifted = FRENCH.replace("(a) Élaborer", "2. Élaborer");
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.versions.addVersion(this.zero.id(), Language.FRENCH, shifted, this.cofacilitator))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("text"))
			.withMessageContaining("Paragraph (a) (\"Elaborate a comprehensive strategy;\") does not line up");
		var shorter = FRENCH
			.replace("2. Nous nous engageons à partager des données conformément à la législation nationale.\n", "");
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.versions.addVersion(this.zero.id(), Language.FRENCH, shorter, this.cofacilitator))
			.withMessageContaining("Paragraph 2.")
			.withMessageContaining("the version ends after 5 paragraphs, the revision has 6");
		var oneHeadingLess = FRENCH.replace("Objectif 1 : Collecter et utiliser des données exactes\n", "");
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(
					() -> this.versions.addVersion(this.zero.id(), Language.FRENCH, oneHeadingLess, this.cofacilitator))
			.withMessageContaining("Paragraph 1.")
			.withMessageContaining("the revision begins a part there");
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(
					() -> this.versions.addVersion(this.zero.id(), Language.ENGLISH, ZERO_DRAFT, this.cofacilitator))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("language"));
		assertThat(this.versions.languages(this.zero.id(), Actor.anonymous()).versions()).isEmpty();
	}

	@Test
	void onlyThoseWhoRunTheProcessAddAVersionAndAnIssuedRevisionsVersionNeverChanges() {
		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(
				() -> this.versions.addVersion(this.zero.id(), Language.FRENCH, FRENCH, Actors.delegateOf("FRA")));
		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(() -> this.versions.addVersion(this.zero.id(),
				Language.FRENCH, FRENCH, Actors.facilitatorOf(UUID.randomUUID())));
		this.versions.addVersion(this.zero.id(), Language.FRENCH, FRENCH, Actors.secretariatOf(this.process));

		assertThatExceptionOfType(TextRefusal.class)
			.isThrownBy(() -> this.versions.addVersion(this.zero.id(), Language.FRENCH,
					FRENCH.replace("exactes", "fiables"), this.cofacilitator))
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(409))
			.withMessageContaining("versions do not change");
		assertThat(this.versions.revision(this.zero.id(), Language.FRENCH, Actor.anonymous()).parts().get(1).heading())
			.endsWith("exactes");

		// A draft changes until it is issued, and its versions with it.
		var rev1 = this.texts.importRevision(this.text.id(), null, ZERO_DRAFT, false, this.cofacilitator);
		this.versions.addVersion(rev1.id(), Language.FRENCH, FRENCH, this.cofacilitator);
		this.versions.addVersion(rev1.id(), Language.FRENCH, FRENCH.replace("exactes", "fiables"), this.cofacilitator);
		assertThat(this.versions.revision(rev1.id(), Language.FRENCH, this.cofacilitator).parts().get(1).heading())
			.endsWith("fiables");
	}

	@Test
	void comparesAndCompilesWithinALanguageAndSaysWhenOneIsMissing() {
		this.versions.addVersion(this.zero.id(), Language.FRENCH, FRENCH, this.cofacilitator);
		var evidence = this.zero.paragraphs().get(2).lineage();
		this.texts.table(this.zero.id(),
				new TableAmendment(evidence, AmendmentKind.DELETE_WORDS, "global ", null, null, null, null, "MEX"),
				Actors.delegateOf("MEX"));
		var rev1 = this.texts.importRevision(this.text.id(), null,
				ZERO_DRAFT.replace("share data", "share data and statistics"), false, this.cofacilitator);

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.versions.compare(this.zero.id(), rev1.id(), Language.FRENCH, this.cofacilitator))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("lang"))
			.withMessageContaining("Rev.1 has no version in Français");

		this.versions.addVersion(rev1.id(), Language.FRENCH,
				FRENCH.replace("partager des données", "partager des données et des statistiques"), this.cofacilitator);
		var compared = this.versions.compare(this.zero.id(), rev1.id(), Language.FRENCH, this.cofacilitator);
		assertThat(compared.paragraphs()).filteredOn((p) -> p.status() == RevisionComparison.Status.CHANGED)
			.singleElement()
			.satisfies((p) -> assertThat(p.textAfter()).contains("des données et des statistiques"));

		var english = this.versions.compilation(this.zero.id(), null, null, null, null, Actor.anonymous());
		var french = this.versions.compilation(this.zero.id(), Language.FRENCH, null, null, null, Actor.anonymous());
		assertThat(english.amendments()).singleElement()
			.satisfies((a) -> assertThat(this.amendments.findById(a.id().value()).orElseThrow().language())
				.as("recorded in the language it was tabled in")
				.isEqualTo(Language.ENGLISH));
		assertThat(french.amendments()).as("amendments stay in the language they were tabled in").isEmpty();
		assertThat(french.revision().paragraphs().get(2).text()).startsWith("Nous nous engageons à renforcer");
	}

	@Test
	void theRevisionPageOffersItsLanguagesSideBySideRightToLeftForArabic() throws Exception {
		this.versions.addVersion(this.zero.id(), Language.FRENCH, FRENCH, this.cofacilitator);
		this.versions.addVersion(this.zero.id(), Language.ARABIC, ARABIC, this.cofacilitator);

		var revisionPage = this.mvc.get().uri("/revisions/{id}", this.zero.id()).exchange();
		assertThat(revisionPage.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("lang=\"fr\" dir=\"ltr\">Français</a>")
			.contains("lang=\"ar\" dir=\"rtl\">العربية</a>")
			.contains("/revisions/%s/compilation?lang=fr".formatted(this.zero.id()));
		var page = this.mvc.get()
			.uri("/revisions/{id}/languages", this.zero.id())
			.param("lang", "fr")
			.param("lang", "ar")
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("<td class=\"paragraph\" lang=\"fr\" dir=\"ltr\">Élaborer une stratégie globale ;</td>")
			.contains("<td class=\"paragraph\" lang=\"ar\" dir=\"rtl\">(أ) وضع استراتيجية شاملة؛</td>")
			.contains("<th scope=\"colgroup\" lang=\"ar\" dir=\"rtl\">الديباجة</th>");
		assertThat(
				this.mvc.get().uri("/revisions/{id}/compare/{to}", this.zero.id(), this.zero.id()).param("lang", "es"))
			.hasStatus(400);
	}

	@Test
	void addsAVersionThroughTheApiFromTextOrAFile() {
		var facilitator = this.accounts.holding(Grant.facilitatorOf(this.process));
		assertThat(this.mvc.post()
			.uri("/api/revisions/{id}/versions", this.zero.id())
			.with(facilitator.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"language\":\"fr\",\"text\":\"1. Nous nous engageons.\"}")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (f) -> f.assertThat().isEqualTo("text"))
			.hasPathSatisfying("$.errors[0].message",
					(m) -> m.assertThat().asString().contains("Paragraph PP1").contains("does not line up"));
		assertThat(this.mvc.post()
			.uri("/api/revisions/{id}/versions", this.zero.id())
			.with(facilitator.basic())
			.multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("file", "zero-ar.txt", "text/plain",
					ARABIC.getBytes(StandardCharsets.UTF_8)))
			.param("language", "ar")).hasStatus(201);
		assertThat(this.mvc.get().uri("/api/revisions/{id}/versions/ar", this.zero.id())).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.parts[0].heading", (h) -> h.assertThat().isEqualTo("الديباجة"));
		assertThat(this.mvc.get()
			.uri("/api/revisions/{id}/compare/{to}", this.zero.id(), this.zero.id())
			.param("lang", "zh")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (f) -> f.assertThat().isEqualTo("lang"));
	}

}
