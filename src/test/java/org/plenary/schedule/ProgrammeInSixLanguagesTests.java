package org.plenary.schedule;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.system.PrintedText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programme of work printed in each official language, chosen by {@code lang} or by
 * the request's language: its headings, slots and dates in it, the meetings' topics and
 * rooms as typed, Arabic shaped and right to left, Chinese in its font.
 */
@PlenaryIntegrationTest
class ProgrammeInSixLanguagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	org.plenary.process.Processes processes;

	@Test
	void theArabicProgrammeReadsBackInArabicWithItsLettersJoined() throws Exception {
		var pdf = download("/processes/gcm/programme.pdf?session=72&lang=ar", "programme-of-work-gcm-72-ar.pdf");
		var text = PrintedText.of(pdf);
		for (var reader : new String[] { text.pdfbox(), text.poppler() }) {
			assertThat(reader).contains("برنامج العمل")
				.contains("للجمعية العامة")
				.contains("الفترة الصباحية")
				.contains("فترة بعد الظهر")
				.contains("Objectives 1-6")
				.contains("Conference Room 4");
		}
		assertThat(text.shapedArabic()).as("Arabic drawn in its joined forms").isGreaterThan(20);
		assertThat(text.notdefGlyphs()).isZero();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("برنامج العمل — GCM، الدورة 72");
		}
	}

	@Test
	void theChineseProgrammeReadsBackInChinese() throws Exception {
		var text = PrintedText
			.of(download("/processes/gcm/programme.pdf?session=72&lang=zh", "programme-of-work-gcm-72-zh.pdf"));
		for (var reader : new String[] { text.pdfbox(), text.poppler() }) {
			assertThat(reader).contains("工作方案")
				.contains("大会第72届会议")
				.contains("上午(10:00–13:00)")
				.contains("2018年2月20")
				.contains("Objectives 1-6");
		}
		assertThat(text.notdefGlyphs()).isZero();
	}

	@Test
	void theRequestsLanguageChoosesTheProgrammesWhenNoLangIsGiven() throws Exception {
		var response = this.mvc.get()
			.uri("/processes/gcm/programme.pdf?session=72")
			.header("Accept-Language", "fr-CH, en;q=0.5")
			.exchange();
		assertThat(response).hasStatusOk();
		var text = PrintedText.of(response.getResponse().getContentAsByteArray());
		assertThat(text.pdfbox()).contains("Programme de travail")
			.contains("72e session de l’Assemblée générale")
			.contains("20 février 2018")
			.contains("Après-midi");
	}

	@Test
	void theFrenchPageKeepsEachTimeOfItsSlotsOnOneLine() {
		// "10 h 00" with plain spaces broke after the "h" in a phone's column.
		var response = this.mvc.get()
			.uri("/processes/gcm/programme?session=72")
			.header("Accept-Language", "fr")
			.exchange();
		assertThat(response).hasStatusOk();
		assertThat(response).bodyText()
			.contains("Matin (10\u00a0h\u00a000–13\u00a0h\u00a000)")
			.contains("Après-midi (15\u00a0h\u00a000–18\u00a0h\u00a000)");
	}

	@Test
	void theWordFileIsInTheLanguageAndRightToLeftInArabic() throws Exception {
		var docx = download("/processes/gcm/programme.docx?session=72&lang=ar", "programme-of-work-gcm-72-ar.docx");
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			var table = document.getTables().get(0);
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("التاريخ");
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("20 فبراير 2018");
			assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Objectives 1-6");
			assertThat(table.getCTTbl().getTblPr().isSetBidiVisual()).isTrue();
			assertThat(document.getParagraphs().get(0).getCTP().getPPr().isSetBidi()).isTrue();
		}
		var spanish = download("/processes/gcm/programme.docx?session=72&lang=es", "programme-of-work-gcm-72-es.docx");
		try (var document = new XWPFDocument(new ByteArrayInputStream(spanish))) {
			assertThat(document.getTables().get(0).getRow(0).getCell(1).getText())
				.isEqualTo("Mañana (10.00–13.00 horas)");
			assertThat(document.getTables().get(0).getRow(1).getCell(0).getText()).isEqualTo("20 de febrero de 2018");
		}
	}

	@Test
	void theCalendarFeedIsWrittenInTheLanguageAskedForWithItsLanguageTagged() throws Exception {
		var gcm = this.processes.process("gcm").id();
		var french = this.mvc.get().uri("/api/processes/{id}/calendar.ics?lang=fr", gcm).exchange();
		assertThat(french).hasStatusOk();
		var feed = french.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.replaceAll("\r\n[ \t]", "");
		assertThat(feed).contains("DESCRIPTION;LANGUAGE=fr:").contains("SUMMARY;LANGUAGE=fr:").contains("Statut : ");
		var journal = this.mvc.get()
			.uri("/api/journal/calendar.ics?lang=ru")
			.header("Accept-Language", "fr")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.replaceAll("\r\n[ \t]", "");
		assertThat(journal).contains("X-WR-CALNAME:Журнал — Plenary");
		var english = this.mvc.get()
			.uri("/api/processes/{id}/calendar.ics", gcm)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(english).contains("Status: ").doesNotContain("LANGUAGE=");
		var asked = this.mvc.get()
			.uri("/api/processes/{id}/calendar.ics", gcm)
			.header("Accept-Language", "es-ES,es;q=0.9")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.replaceAll("\r\n[ \t]", "");
		assertThat(asked).as("a calendar client's language, without lang").contains("DESCRIPTION;LANGUAGE=es:");
	}

	@Test
	void theSpanishPageLinksToTheSpanishFeed() {
		var page = this.mvc.get().uri("/processes/gcm/programme?session=72").header("Accept-Language", "es").exchange();
		assertThat(page).bodyText().containsPattern("/api/processes/[-0-9a-f]+/calendar\\.ics\\?lang=es");
	}

	@Test
	void aLanguageThatIsNotOfficialIsRefusedNamingTheSix() {
		assertThat(this.mvc.get().uri("/processes/gcm/programme.pdf?session=72&lang=de").exchange()).hasStatus(400)
			.bodyText()
			.contains("ar, zh, en, fr, ru or es");
	}

	private byte[] download(String uri, String fileName) {
		var response = this.mvc.get().uri(uri).exchange();
		assertThat(response).hasStatusOk()
			.hasHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
		return response.getResponse().getContentAsByteArray();
	}

}
