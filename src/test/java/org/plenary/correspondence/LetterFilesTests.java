package org.plenary.correspondence;

import java.time.LocalTime;
import java.time.LocalDate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LetterFilesTests {

	@Test
	void readsTheTextLayerOfAPdf() throws IOException {
		var text = LetterFiles.text(pdf("13 February 2018", "Excellency,",
				"The first round of negotiations will take place on 20 February 2018 at 10 a.m. in Conference Room 4."),
				"letter.pdf");
		var letter = new LetterExtractor().extract(text);
		assertThat(letter.date()).isEqualTo(LocalDate.of(2018, 2, 13));
		assertThat(letter.meetings())
			.extracting(Extraction.Meeting::date, Extraction.Meeting::start, Extraction.Meeting::venue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2018, 2, 20), LocalTime.of(10, 0),
					"Conference Room 4"));
	}

	@Test
	void refusesAScannedPdfWithoutText() throws IOException {
		assertThatExceptionOfType(UnreadableLetter.class).isThrownBy(() -> LetterFiles.text(pdf(), "scan.pdf"))
			.satisfies((e) -> assertThat(e.reason()).contains("no text layer").contains("OCR"));
	}

	@Test
	void readsAWordDocumentWithItsTableAsRows() throws IOException {
		var docx = new ByteArrayOutputStream();
		try (var document = new XWPFDocument()) {
			document.createParagraph().createRun().setText("New York, 13 February 2018");
			document.createParagraph().createRun().setText("Excellency,");
			document.createParagraph().createRun().setText("The programme of work is as follows:");
			var table = document.createTable(2, 4);
			var header = new String[] { "Date", "Morning (10:00-13:00)", "Afternoon (15:00-18:00)", "Location" };
			var row = new String[] { "20 February", "General statements", "Objectives 1-6", "Trusteeship Council" };
			for (int i = 0; i < 4; i++) {
				table.getRow(0).getCell(i).setText(header[i]);
				table.getRow(1).getCell(i).setText(row[i]);
			}
			document.write(docx);
		}
		var letter = new LetterExtractor().extract(LetterFiles.text(docx.toByteArray(), "letter.docx"));
		assertThat(letter.meetings())
			.extracting(Extraction.Meeting::start, Extraction.Meeting::topic, Extraction.Meeting::venue)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(LocalTime.of(10, 0), "General statements",
							"Trusteeship Council Chamber"),
					org.assertj.core.groups.Tuple.tuple(LocalTime.of(15, 0), "Objectives 1-6",
							"Trusteeship Council Chamber"));
	}

	@Test
	void refusesEachKindOfBadFileWithItsOwnReason() {
		assertThat(reason(new byte[0], "a.txt")).isEqualTo("The file is empty.");
		assertThat(reason(new byte[] { 'a', 0, 'b' }, "a.txt")).contains("binary");
		assertThat(reason("Lettre de la Pr\u00e9sidente".getBytes(StandardCharsets.ISO_8859_1), "a.txt"))
			.contains("not UTF-8");
		assertThat(reason(new byte[LetterFiles.MOST_BYTES + 1], "big.txt")).contains("larger than 10 MB");
		assertThat(reason("plain text".getBytes(StandardCharsets.UTF_8), "letter.pdf")).contains("not a PDF");
		assertThat(reason("PK not really a zip".getBytes(StandardCharsets.UTF_8), "letter.docx")).contains("damaged");
	}

	private static String reason(byte[] content, String name) {
		try {
			LetterFiles.text(content, name);
			return "read";
		}
		catch (UnreadableLetter refusal) {
			return refusal.reason();
		}
	}

	private static byte[] pdf(String... lines) throws IOException {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			if (lines.length > 0) {
				try (var content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
					content.newLineAtOffset(50, 700);
					for (var line : lines) {
						content.showText(line);
						content.newLineAtOffset(0, -14);
					}
					content.endText();
				}
			}
			document.save(out);
			return out.toByteArray();
		}
	}

}
