package org.plenary.correspondence.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.plenary.correspondence.LetterView;
import org.plenary.schedule.ProgrammeTable;
import org.plenary.system.DocumentWords;
import org.plenary.system.Language;
import org.plenary.system.Pdf;
import org.plenary.system.Word;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Letters on paper, laid out as the seeds are: the President's letterhead, the dateline
 * at the top right, the paragraphs with the programme's table after the one that
 * announces it, the closing, co-signatories side by side and the addressees at the bottom
 * left. A letter and what it encloses make one document, each letter from a new page: a
 * tagged PDF with its fonts embedded, and a Word document.
 */
@Component
public class LetterPrint {

	/** Word lays letters out in its own serif; the PDF embeds DejaVu Serif. */
	private static final String SERIF = "Times New Roman";

	private final TemplateEngine templates;

	public LetterPrint(TemplateEngine templates) {
		this.templates = templates;
	}

	/** The letters as written. */
	public byte[] pdf(List<LetterView> letters) {
		return pdf(letters, letters.get(0).language());
	}

	/**
	 * The letters in a language: each letter's version in it, or the letter as written
	 * when it has none; right to left in Arabic.
	 */
	public byte[] pdf(List<LetterView> letters, Language language) {
		var versions = letters.stream().map((l) -> l.in(language)).toList();
		var context = new Context(versions.get(0).language().locale());
		context.setVariable("letters", versions.stream().map(Printed::new).toList());
		context.setVariable("title", title(versions.get(0)));
		context.setVariable("language", versions.get(0).language());
		return Pdf.render(this.templates.process("correspondence/print/letters", context));
	}

	public byte[] docx(List<LetterView> letters) {
		return docx(letters, letters.get(0).language());
	}

	/** The letters in a language as a Word document. */
	public byte[] docx(List<LetterView> letters, Language language) {
		var versions = letters.stream().map((l) -> l.in(language)).toList();
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title(versions.get(0)));
			document.getProperties().getCoreProperties().setCreator("Plenary");
			for (int i = 0; i < versions.size(); i++) {
				write(document, versions.get(i), i > 0);
			}
			Word.inLanguage(document, versions.get(0).language());
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "Letter of 13 February 2018": the document's title, in the letter's language. */
	public static String title(LetterView letter) {
		return DocumentWords.of(letter.language()).get("documents.letter.title", letter.dateline());
	}

	private static void write(XWPFDocument document, LetterView letter, boolean newPage) {
		var words = DocumentWords.of(letter.language());
		var first = document.createParagraph();
		first.setPageBreak(newPage);
		if (letter.letterhead()) {
			first.setAlignment(ParagraphAlignment.CENTER);
			var run = first.createRun();
			run.setBold(true);
			run.setFontFamily(SERIF);
			var lines = Printed.letterhead(letter);
			for (int i = 0; i < lines.size(); i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(lines.get(i));
			}
			first = document.createParagraph();
		}
		first.setAlignment(letter.language().rightToLeft() ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
		text(first, letter.dateline(), false);
		text(document.createParagraph(), letter.salutation(), false);
		var table = ProgrammeTable.of(letter.programme(), letter.language());
		for (int i = 0; i < letter.paragraphs().size(); i++) {
			var paragraph = document.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.BOTH);
			text(paragraph, letter.paragraphs().get(i), false);
			if (i == letter.programmeAfter() && !letter.programme().isEmpty()) {
				programme(document, table, words);
			}
		}
		text(document.createParagraph(), letter.closing(), false);
		var signatories = document.createTable(1, letter.signatories().size());
		width(signatories);
		signatories.removeBorders();
		for (int i = 0; i < letter.signatories().size(); i++) {
			var signatory = letter.signatories().get(i);
			var cell = signatories.getRow(0).getCell(i).getParagraphs().get(0);
			var run = cell.createRun();
			run.setFontFamily(SERIF);
			run.addBreak();
			run.addBreak();
			run.setBold(true);
			run.setText(signatory.name());
			if (signatory.title() != null) {
				var title = cell.createRun();
				title.setFontFamily(SERIF);
				title.addBreak();
				title.setText(signatory.title());
			}
		}
		var addressees = document.createParagraph();
		addressees.setSpacingBefore(480);
		addressees.setIndentationRight(4800);
		text(addressees, letter.addressees(), false);
	}

	private static void programme(XWPFDocument document, ProgrammeTable table, DocumentWords words) {
		if (table.bySlot()) {
			var grid = newTable(document,
					List.of(words.get("documents.programme.date"), words.get("documents.programme.morning"),
							words.get("documents.programme.afternoon"), words.get("documents.programme.location")));
			for (var day : table.days()) {
				row(grid, List.of(day.date(), day.morning() == null ? "" : day.morning().topic(),
						day.afternoon() == null ? "" : day.afternoon().topic(), day.venue()));
			}
		}
		else {
			var grid = newTable(document,
					List.of(words.get("documents.programme.meeting"), words.get("documents.programme.date"),
							words.get("documents.programme.time"), words.get("documents.programme.venue"),
							words.get("documents.programme.topic")));
			for (var meeting : table.meetings()) {
				row(grid, List.of(meeting.format(), meeting.date(), meeting.time(), meeting.venue(), meeting.topic()));
			}
		}
		document.createParagraph();
	}

	private static XWPFTable newTable(XWPFDocument document, List<String> headers) {
		var table = document.createTable(1, headers.size());
		width(table);
		var header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int i = 0; i < headers.size(); i++) {
			cell(header.getCell(i), headers.get(i), true);
		}
		return table;
	}

	private static void row(XWPFTable table, List<String> values) {
		var row = table.createRow();
		for (int i = 0; i < values.size(); i++) {
			cell(row.getCell(i), values.get(i), false);
		}
	}

	private static void width(XWPFTable table) {
		var properties = table.getCTTbl().getTblPr();
		var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.PCT);
		width.setW(BigInteger.valueOf(5000));
	}

	private static void cell(XWPFTableCell cell, String value, boolean bold) {
		text(cell.getParagraphs().get(0), value, bold);
	}

	private static void text(XWPFParagraph paragraph, String value, boolean bold) {
		var run = paragraph.createRun();
		run.setFontFamily(SERIF);
		run.setBold(bold);
		run.setText(value);
	}

	/** A letter with its programme laid out as a table, for the template. */
	public record Printed(LetterView view, ProgrammeTable table) {

		Printed(LetterView view) {
			this(view, ProgrammeTable.of(view.programme(), view.language()));
		}

		/** A word of the letter's language ({@code programme.date}). */
		public String word(String key) {
			return DocumentWords.of(this.view.language()).get("documents." + key);
		}

		/** The fonts of the letter's language, for its CSS. */
		public String fonts() {
			return Pdf.serif(this.view.language());
		}

		/** "THE PRESIDENT", "OF THE", "GENERAL ASSEMBLY", in the letter's language. */
		public List<String> letterhead() {
			return letterhead(this.view);
		}

		static List<String> letterhead(LetterView view) {
			return List.of(DocumentWords.of(view.language()).get("documents.letter.letterhead").split("\\|"));
		}

	}

}
