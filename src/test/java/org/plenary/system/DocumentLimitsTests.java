package org.plenary.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading a document stops at its limits — pages, characters, time — while it is read, on
 * files crafted here: a page tree that names one page a hundred thousand times, a tree
 * that contains itself, text longer than a letter.
 */
class DocumentLimitsTests {

	private static final DocumentText.Limits SMALL = new DocumentText.Limits(3, 200, Duration.ofSeconds(20));

	@Test
	void aPageTreeNamingOnePageAHundredThousandTimesIsRefusedAtTheLimitOfPages() throws IOException {
		var pdf = pdf((document, page) -> {
			var kids = new COSArray();
			for (int i = 0; i < 100_000; i++) {
				kids.add(page.getCOSObject());
			}
			var root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
			root.setItem(COSName.KIDS, kids);
			root.setInt(COSName.COUNT, 100_000);
		}, "One page, named many times.");

		assertThatExceptionOfType(UnreadableDocument.class).isThrownBy(() -> DocumentText.text(pdf, "tree.pdf", SMALL))
			.satisfies((e) -> assertThat(e.reason()).contains("more than 3 pages"));
		assertThatExceptionOfType(UnreadableDocument.class).isThrownBy(() -> DocumentText.text(pdf, "tree.pdf"))
			.satisfies((e) -> assertThat(e.reason()).contains("more than 200 pages"));
	}

	@Test
	void pagesAreWalkedOnlyUpToTheLimit() throws IOException {
		var pdf = pdf((document, page) -> {
			var kids = new COSArray();
			for (int i = 0; i < 100_000; i++) {
				kids.add(page.getCOSObject());
			}
			document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES).setItem(COSName.KIDS, kids);
		}, "Again.");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			var reading = new DocumentText.Reading(new DocumentText.Limits(100_000, 400_000, Duration.ofSeconds(60)));
			assertThat(DocumentText.pages(document, reading)).hasSize(100_000);
			var limited = new DocumentText.Reading(SMALL);
			assertThatExceptionOfType(UnreadableDocument.class).isThrownBy(() -> DocumentText.pages(document, limited));
		}
	}

	@Test
	void aPageTreeThatContainsItselfIsWalkedOnce() throws IOException {
		var pdf = pdf((document, page) -> {
			var root = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
			var kids = root.getCOSArray(COSName.KIDS);
			kids.add(root);
		}, "The only page.");

		assertThat(DocumentText.text(pdf, "loop.pdf", SMALL)).contains("The only page.");
	}

	@Test
	void aPdfWithMoreTextThanTheLimitIsRefusedWhileItIsRead() throws IOException {
		var pdf = pdf((document, page) -> {
		}, "x".repeat(120), "y".repeat(120));

		assertThatExceptionOfType(UnreadableDocument.class).isThrownBy(() -> DocumentText.text(pdf, "long.pdf", SMALL))
			.satisfies((e) -> assertThat(e.reason()).contains("more than 200 characters"));
		assertThat(DocumentText.text(pdf, "long.pdf")).contains("x".repeat(120));
	}

	@Test
	void aWordDocumentWithMoreTextThanTheLimitIsRefused() throws IOException {
		var docx = new ByteArrayOutputStream();
		try (var document = new XWPFDocument()) {
			for (int i = 0; i < 10; i++) {
				document.createParagraph().createRun().setText("A paragraph of thirty letters.");
			}
			document.write(docx);
		}

		assertThatExceptionOfType(UnreadableDocument.class)
			.isThrownBy(() -> DocumentText.text(docx.toByteArray(), "long.docx", SMALL))
			.satisfies((e) -> assertThat(e.reason()).contains("more than 200 characters"));
	}

	@Test
	void aReadingPastItsTimeIsStoppedWithItsReason() throws IOException {
		var pdf = pdf((document, page) -> {
		}, "Read too late.");
		var noTime = new DocumentText.Limits(3, 200, Duration.ofSeconds(-1));

		assertThatExceptionOfType(UnreadableDocument.class).isThrownBy(() -> DocumentText.text(pdf, "slow.pdf", noTime))
			.satisfies((e) -> assertThat(e.reason()).contains("took longer than"));
	}

	interface Tree {

		void shape(PDDocument document, PDPage page) throws IOException;

	}

	private static byte[] pdf(Tree tree, String... lines) throws IOException {
		try (var document = new PDDocument()) {
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
				content.newLineAtOffset(20, 700);
				for (var line : lines) {
					content.showText(line);
					content.newLineAtOffset(0, -10);
				}
				content.endText();
			}
			tree.shape(document, page);
			var out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
