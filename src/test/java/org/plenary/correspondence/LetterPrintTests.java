package org.plenary.correspondence;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.print.LetterPrint;
import org.plenary.identity.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rebuilds the fifth seed — the President's letter of 15 February 2018 transmitting the
 * co-facilitators' letter with the first round's programme — from the demo data, and
 * reads the seed's sentences in the PDF and the Word document.
 */
@PlenaryIntegrationTest
class LetterPrintTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterPrint print;

	@Autowired
	MockMvc mvc;

	@Test
	void rebuildsTheFifthSeedAsAPdfThatSaysWhatTheSeedSays() throws Exception {
		var pdf = this.print.pdf(seed004());

		try (var document = Loader.loadPDF(pdf)) {
			var text = plain(new PDFTextStripper().getText(document));
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
			assertThat(text).contains(seedSentences());
			assertThat(text).contains("THE PRESIDENT OF THE GENERAL ASSEMBLY", "Miroslav Lajcak", "Jurg Lauber",
					"Objectives 7-12", "Objectives 13-17", "Conference Room 4", "Trusteeship Council Chamber");
			assertThat(text.indexOf("are as follows:")).isLessThan(text.indexOf("Objectives 1-6"));
			assertThat(text.indexOf("Objectives 1-6")).isLessThan(text.indexOf("We look forward"));
		}
	}

	@Test
	void rebuildsTheFifthSeedAsAWordDocument() throws Exception {
		var docx = this.print.docx(seed004());

		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var extractor = new XWPFWordExtractor(document)) {
			var text = plain(extractor.getText());
			assertThat(text).contains(seedSentences());
			assertThat(text).contains("Objectives 18-22", "Economic and Social Council Chamber");
			assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Letter of 15 February 2018");
		}
	}

	@Test
	void convertsTheWordDocumentWithLibreOfficeWithoutRepair(@TempDir File folder) throws Exception {
		var office = List.of("/usr/bin/libreoffice", "/usr/bin/soffice")
			.stream()
			.filter((path) -> new File(path).canExecute())
			.findFirst();
		Assumptions.assumeTrue(office.isPresent(), "LibreOffice is not installed here");
		var docx = new File(folder, "letter.docx");
		Files.write(docx.toPath(), this.print.docx(seed004()));

		var process = new ProcessBuilder(office.get(), "--headless", "--convert-to", "pdf", "--outdir",
				folder.getPath(), docx.getPath())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

		try (var converted = Loader.loadPDF(new File(folder, "letter.pdf"))) {
			assertThat(plain(new PDFTextStripper().getText(converted))).contains(seedSentences());
		}
	}

	@Test
	void servesTheCirculatedLetterAsPdfAndWordToThePublic() throws Exception {
		var id = seed004().get(0).id();
		this.mvc.perform(get("/api/letters/" + id + "/letter.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"letter-2018-02-15-transmittal.pdf\""));
		this.mvc.perform(get("/api/letters/" + id + "/letter.docx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
	}

	@Test
	void holdsTheNineLettersOfTheSeedsAsCirculatedLetters() {
		var demo = this.letters.letters(null, Actor.anonymous());

		assertThat(demo).extracting((l) -> String.valueOf(l.writtenOn()))
			.contains("2015-12-14", "2015-12-11", "2017-01-12", "2017-01-09", "2018-02-16", "2018-02-15", "2018-02-13");
		assertThat(demo).filteredOn((l) -> String.valueOf(l.writtenOn()).equals("2018-02-16"))
			.singleElement()
			.satisfies((cover) -> assertThat(cover.signatories()).extracting(Signatory::name)
				.containsExactly("Miroslav Lajčák"));
		assertThat(demo).filteredOn((l) -> l.writtenOn() == null).singleElement().satisfies((undated) -> {
			assertThat(undated.dateline()).isEqualTo("undated");
			assertThat(undated.programme()).extracting((m) -> m.slot().heldOn().toString())
				.containsOnly("2024-11-19", "2024-11-21");
		});
		assertThat(demo.get(demo.size() - 1).writtenOn()).as("undated letters come last").isNull();
		var ign71 = demo.stream()
			.filter((l) -> String.valueOf(l.writtenOn()).equals("2017-01-12"))
			.findFirst()
			.orElseThrow();
		assertThat(ign71.kind()).isEqualTo(LetterKind.TRANSMITTAL);
		assertThat(ign71.signatories()).extracting(Signatory::name).containsExactly("Peter Thomson");
		var enclosed = this.letters.letter(ign71.enclosure(), Actor.anonymous());
		assertThat(enclosed.signatories()).extracting(Signatory::name).hasSize(2).contains("Ion Jinga");
		assertThat(enclosed.references()).contains(new Reference(Reference.Kind.DECISION, "70/559"));
		assertThat(enclosed.programme()).extracting((m) -> m.slot().heldOn().toString())
			.containsExactly("2017-02-06", "2017-02-07");
		assertThat(enclosed.paragraphs().get(0)).startsWith("Since our appointment on 26 October 2016 as Co-Chairs");
	}

	private List<LetterView> seed004() {
		var transmittal = this.letters.letters(null, Actor.anonymous())
			.stream()
			.filter((l) -> l.kind() == LetterKind.TRANSMITTAL && String.valueOf(l.writtenOn()).equals("2018-02-15"))
			.findFirst()
			.orElseThrow();
		var letters = this.letters.withEnclosures(transmittal.id(), Actor.anonymous());
		assertThat(letters).hasSize(2);
		return letters;
	}

	/**
	 * The sentences of the seed's prose paragraphs, without the signature's image
	 * description, the table and the blocks of names, and without the last word's
	 * punctuation.
	 */
	private static String[] seedSentences() throws Exception {
		var seed = new ClassPathResource("seeds/004_262f4ecd4f5a0460.txt")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return Arrays.stream(seed.split("\n"))
			.filter((line) -> line.length() > 60 && !line.contains("\t") && !line.startsWith("A handwritten"))
			.flatMap((line) -> Arrays.stream(line.split("(?<=[.:]) ")))
			.map(LetterPrintTests::plain)
			.map((sentence) -> sentence.replaceAll("[.,:]$", ""))
			.toArray(String[]::new);
	}

	/**
	 * Without accents and with single spaces: how the seed's OCR and a PDF's text
	 * compare.
	 */
	private static String plain(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("\\s+", " ").strip();
	}

}
