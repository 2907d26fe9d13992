package org.plenary.correspondence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.print.LetterPrint;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.Processes;
import org.plenary.system.Language;
import org.plenary.system.PrintedText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.plenary.identity.Actors.facilitatorOf;
import static org.plenary.identity.Actors.pgaOffice;

/**
 * Letters written in each of the six languages from templates written in each, carrying
 * versions in several, printed in each with fonts that cover it: the text read back from
 * every PDF (by PDFBox and by Poppler) is the letter's, Arabic joined and in logical
 * order, Chinese present, no character missing from the fonts.
 */
@PlenaryIntegrationTest
class LettersInSixLanguagesTests {

	/**
	 * 16 February 2018: the 72nd session, Miroslav Lajčák presiding; GCM co-facilitated.
	 */
	static final LocalDate DAY = LocalDate.of(2018, 2, 16);

	@Autowired
	Letters letters;

	@Autowired
	LetterTemplates templates;

	@Autowired
	LetterPrint print;

	@Autowired
	Processes processes;

	@Autowired
	MockMvcTester mvc;

	@Test
	void thePresidentsTransmittalIsWrittenInArabicAndItsPdfReadsBackJoinedAndInOrder() throws Exception {
		var gcm = this.processes.process("gcm").id();
		var draft = this.templates.start(LetterTemplate.TRANSMIT, gcm, DAY, List.of(), null, Language.ARABIC);
		assertThat(draft.language()).isEqualTo(Language.ARABIC);
		assertThat(draft.salutation()).isEqualTo("صاحب السعادة،");
		assertThat(draft.paragraphs().get(0))
			.startsWith("يشرفني أن أحيل إليكم طيه رسالة من الميسرين المشاركين في عملية ")
			.contains("Global Compact for Safe, Orderly and Regular Migration");
		assertThat(draft.signatories()).extracting(Signatory::title).containsExactly("رئيس الجمعية العامة");

		var letter = this.letters.compose(draft, pgaOffice());
		var pdf = this.print.pdf(this.letters.withEnclosures(letter.id(), pgaOffice()));
		Files.write(Path.of("target/letter-ar.pdf"), pdf);
		var text = PrintedText.of(pdf);
		// Both readers find the Arabic words in their logical order; how they place a
		// run of digits or Latin letters inside an Arabic line is theirs (the page shows
		// it in place: LettersInSixLanguagesTests renders target/letter-ar.pdf).
		for (var reader : List.of(text.pdfbox(), text.poppler())) {
			assertThat(reader).contains("رئيس الجمعية العامة")
				.contains("صاحب السعادة")
				.contains("يشرفني أن أحيل إليكم طيه رسالة من الميسرين المشاركين في عملية")
				.contains("بقبول فائق الاحترام والتقدير")
				.contains("Miroslav Lajčák")
				.contains("Jürg Lauber")
				.contains("فبراير")
				.contains("جميع الممثلين الدائمين والمراقبين الدائمين");
		}
		assertThat(text.pdfbox())
			.contains(PrintedText.normalised("وتفضلوا، صاحب السعادة، بقبول فائق الاحترام والتقدير."));
		assertThat(text.shapedArabic()).as("Arabic letters drawn joined").isGreaterThan(100);
		assertThat(text.notdefGlyphs()).isZero();
	}

	@Test
	void theCoFacilitatorsLetterStartsInEachLanguageAsTheUnWritesIt() {
		var gcm = this.processes.process("gcm").id();
		var first = java.util.Map.of(Language.ENGLISH,
				"We have the honour to write to you in our capacity as Co-facilitators of the Global Compact",
				Language.FRENCH, "Nous avons l’honneur de vous écrire en notre qualité de cofacilitateurs du processus",
				Language.SPANISH,
				"Tenemos el honor de dirigirnos a usted en nuestra calidad de cofacilitadores del proceso",
				Language.RUSSIAN, "Имеем честь обратиться к Вам в качестве сокоординаторов процесса", Language.ARABIC,
				"يشرفنا أن نكتب إليكم بصفتنا الميسرين المشاركين في عملية", Language.CHINESE,
				"我们谨以大会第72届会议期间“Global Compact");
		var closing = java.util.Map.of(Language.ENGLISH, "Please accept, Excellency, the assurances of our highest",
				Language.FRENCH, "Veuillez agréer, Excellence, les assurances de notre très haute considération.",
				Language.SPANISH, "el testimonio de nuestra más alta consideración.", Language.RUSSIAN,
				"Примите, Ваше Превосходительство, уверения в нашем самом высоком уважении.", Language.ARABIC,
				"وتفضلوا، صاحب السعادة", Language.CHINESE, "顺致最崇高的敬意。");
		for (var language : Language.all()) {
			var draft = this.templates.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, language);
			assertThat(draft.paragraphs().get(0)).as(language.name()).startsWith(first.get(language));
			var letter = this.letters.compose(draft, pgaOffice());
			assertThat(letter.language()).isEqualTo(language);
			assertThat(letter.closing()).as(language.name()).contains(closing.get(language));
			assertThat(letter.dateline()).as(language.name()).contains(language.longDate(DAY));
			var text = PrintedText.of(this.print.pdf(List.of(letter)));
			assertThat(text.notdefGlyphs()).as(language.name()).isZero();
			assertThat(text.poppler()).as(language.name()).contains(PrintedText.normalised(closing.get(language)));
			if (!language.rightToLeft()) {
				assertThat(text.poppler()).as(language.name()).contains(PrintedText.normalised(language.longDate(DAY)));
			}
		}
	}

	@Test
	void theFacilitatorsAddAFrenchAndAChineseVersionToADraftAndEachPrintsInItsLanguage() throws Exception {
		var gcm = this.processes.process("gcm").id();
		var facilitator = facilitatorOf(gcm.value());
		var letter = this.letters.compose(
				this.templates.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, Language.ENGLISH),
				facilitator);
		var french = this.templates.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, Language.FRENCH)
			.version();
		var chinese = this.templates
			.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, Language.CHINESE)
			.version();
		this.letters.addVersion(letter.id(), french, facilitator);
		var withBoth = this.letters.addVersion(letter.id(), chinese, facilitator);

		assertThat(withBoth.languages()).containsExactly(Language.ENGLISH, Language.CHINESE, Language.FRENCH);
		assertThat(withBoth.in(Language.FRENCH).salutation()).isEqualTo("Excellence,");
		assertThat(withBoth.in(Language.FRENCH).signatories()).extracting(Signatory::name)
			.isEqualTo(withBoth.signatories().stream().map(Signatory::name).toList());

		var all = this.letters.withEnclosures(letter.id(), facilitator);
		var inFrench = PrintedText.of(this.print.pdf(all, Language.FRENCH));
		assertThat(inFrench.pdfbox()).contains("New York, le 16 février 2018")
			.contains("Excellence,")
			.doesNotContain("Excellency");
		var inChinese = PrintedText.of(this.print.pdf(all, Language.CHINESE));
		assertThat(inChinese.poppler()).contains("阁下:").contains("顺致最崇高的敬意。").contains("纽约");
		assertThat(inChinese.notdefGlyphs()).isZero();
		var inEnglish = PrintedText.of(this.print.pdf(all));
		assertThat(inEnglish.pdfbox()).contains("Excellency,");
	}

	@Test
	void aCirculatedLetterAndItsVersionsNeverChangeAndAreDownloadedInEachLanguage() {
		var gcm = this.processes.process("gcm").id();
		var facilitator = facilitatorOf(gcm.value());
		var letter = this.letters.compose(
				this.templates.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, Language.ENGLISH),
				facilitator);
		this.letters.addVersion(letter.id(),
				this.templates.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, Language.ARABIC)
					.version(),
				facilitator);
		this.letters.sign(letter.id(), facilitator);
		this.letters.circulate(letter.id(), facilitator);
		var russian = this.templates
			.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, Language.RUSSIAN)
			.version();

		assertThatExceptionOfType(LetterClosed.class)
			.isThrownBy(() -> this.letters.addVersion(letter.id(), russian, facilitator));

		var arabic = this.mvc.get().uri("/api/letters/{id}/letter.pdf?lang=ar", letter.id()).exchange();
		assertThat(arabic).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"letter-2018-02-16-facilitators-ar.pdf\"");
		assertThat(PrintedText.of(arabic.getResponse().getContentAsByteArray()).poppler())
			.contains("يشرفنا أن نكتب إليكم");
		assertThat(this.mvc.get().uri("/api/letters/{id}/letter.pdf?lang=ru", letter.id()).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/letters/{id}/letter.docx?lang=ar", letter.id()).exchange()).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"letter-2018-02-16-facilitators-ar.docx\"");
		assertThat(this.mvc.get().uri("/letters/{id}?language=ar", letter.id()).exchange()).hasStatusOk()
			.bodyText()
			.contains("يشرفنا أن نكتب إليكم")
			.contains("lang=ar");
	}

	@Test
	void onlyTheLettersWritersAddItsVersions() {
		var gcm = this.processes.process("gcm").id();
		var letter = this.letters.compose(
				this.templates.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, Language.ENGLISH),
				facilitatorOf(gcm.value()));
		var spanish = this.templates
			.start(LetterTemplate.ANNOUNCE_MEETINGS, gcm, DAY, List.of(), null, Language.SPANISH)
			.version();
		var ign = this.processes.process("ign").id();

		assertThatExceptionOfType(NotYourProcess.class)
			.isThrownBy(() -> this.letters.addVersion(letter.id(), spanish, facilitatorOf(ign.value())));
	}

}
