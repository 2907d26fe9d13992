package org.plenary.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo Global Compact's documents open, and read as the pages do. */
@PlenaryIntegrationTest
class TextDocumentsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Test
	void printsTheRevisionAndTheCompilationAsPdfAndWord() throws Exception {
		var text = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var zero = text.revisions().get(0).id();
		var rev1 = text.revisions().get(1).id();

		var pdf = this.mvc.get().uri("/api/revisions/{id}/revision.pdf", zero).exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Zero draft — 5 February 2018", "PP1",
					"Objective 23");
		}
		var docx = this.mvc.get().uri("/api/revisions/{id}/revision.docx", rev1).exchange();
		assertThat(docx).hasStatusOk();
		assertThat(words(docx.getResponse().getContentAsByteArray())).contains("Rev.1, 5 March 2018",
				"2.\tThe compact rests on international cooperation, national sovereignty, shared responsibility");
		var compilation = this.mvc.get().uri("/api/revisions/{id}/compilation.docx", rev1).exchange();
		assertThat(compilation).hasStatusOk();
		assertThat(words(compilation.getResponse().getContentAsByteArray())).contains("Compilation text of Rev.1",
				"[improving cooperation improving and strengthening cooperation (Switzerland; opposed by United States of America)]");
		var compilationPdf = this.mvc.get().uri("/api/revisions/{id}/compilation.pdf", rev1).exchange();
		try (var document = Loader.loadPDF(compilationPdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Compilation text of Rev.1", "(Hungary)");
		}
	}

	@Test
	void writesTheComparisonAsWordTrackedChangesInReadingOrder() throws Exception {
		var text = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var zero = text.revisions().get(0).id();
		var rev1 = text.revisions().get(1).id();

		var docx = this.mvc.get().uri("/api/revisions/{a}/compare/{b}/comparison.docx", zero, rev1).exchange();

		assertThat(docx).hasStatusOk();
		var xml = documentXml(docx.getResponse().getContentAsByteArray());
		assertThat(xml).contains("<w:ins ");
		var kept = xml.indexOf("national sovereignty");
		var inserted = xml.indexOf(", shared responsibility");
		var after = xml.indexOf("and the rule of law");
		assertThat(kept).isPositive().isLessThan(inserted);
		assertThat(inserted).as("the insertion stands where it was made").isLessThan(after);
		var backwards = documentXml(this.mvc.get()
			.uri("/api/revisions/{a}/compare/{b}/comparison.docx", rev1, zero)
			.exchange()
			.getResponse()
			.getContentAsByteArray());
		assertThat(backwards).as("read the other way, the same words are deletions").contains("<w:del ", "<w:delText");
	}

	@Test
	void exportsTheRevisionInAkomaNtoso() throws Exception {
		var text = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var zero = this.texts.revision(text.revisions().get(0).id(), Actor.anonymous());

		var response = this.mvc.get().uri("/api/revisions/{id}/revision.akn.xml", zero.id()).exchange();

		assertThat(response).hasStatusOk();
		var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		var document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getResponse().getContentAsByteArray()));
		var akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
		assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(akn);
		assertThat(document.getDocumentElement().getLocalName()).isEqualTo("akomaNtoso");
		assertThat(document.getElementsByTagNameNS(akn, "FRBRWork").getLength()).isEqualTo(1);
		assertThat(document.getElementsByTagNameNS(akn, "FRBRlanguage")
			.item(0)
			.getAttributes()
			.getNamedItem("language")
			.getNodeValue()).isEqualTo("eng");
		assertThat(document.getElementsByTagNameNS(akn, "docStage").item(0).getTextContent()).isEqualTo("Zero draft");
		assertThat(document.getElementsByTagNameNS(akn, "recital").getLength()).isEqualTo(2);
		var points = zero.paragraphs().stream().filter((p) -> p.kind() == ParagraphKind.SUBPARAGRAPH).count();
		var paragraphs = zero.paragraphs().size() - 2 - points;
		assertThat(document.getElementsByTagNameNS(akn, "paragraph").getLength()).isEqualTo((int) paragraphs);
		assertThat(document.getElementsByTagNameNS(akn, "point").getLength()).isEqualTo((int) points);
		var ids = new java.util.HashSet<String>();
		var all = document.getElementsByTagNameNS(akn, "*");
		for (int i = 0; i < all.getLength(); i++) {
			var eId = ((org.w3c.dom.Element) all.item(i)).getAttribute("eId");
			if (!eId.isEmpty()) {
				assertThat(ids.add(eId)).as("eId %s once", eId).isTrue();
			}
		}
	}

	private static String words(byte[] docx) throws Exception {
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static String documentXml(byte[] docx) throws Exception {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no word/document.xml");
	}

}
