package org.plenary.schedule.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.plenary.schedule.ProgrammeOfWork;
import org.plenary.schedule.ProgrammeTable;
import org.plenary.system.DocumentWords;
import org.plenary.system.Language;
import org.plenary.system.Pdf;
import org.plenary.system.Word;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * The programme of work on paper: a tagged, accessible PDF from the same kind of HTML the
 * pages use, with the fonts shipped in the jar; and a Word document with the same table.
 */
@Component
public class ProgrammePrint {

	private final TemplateEngine templates;

	public ProgrammePrint(TemplateEngine templates) {
		this.templates = templates;
	}

	public byte[] pdf(ProgrammeOfWork programme) {
		return pdf(programme, Language.ENGLISH);
	}

	/**
	 * The programme in a language: its headings, dates and slots in it, its meetings'
	 * topics and rooms as typed; right to left in Arabic.
	 */
	public byte[] pdf(ProgrammeOfWork programme, Language language) {
		var context = new Context(language.locale());
		context.setVariable("programme", programme);
		context.setVariable("table", ProgrammeTable.of(programme.meetings(), language));
		context.setVariable("title", title(programme, language));
		context.setVariable("subtitle", subtitle(programme, language));
		context.setVariable("language", language);
		context.setVariable("fonts", Pdf.sans(language));
		return Pdf.render(this.templates.process("schedule/print/programme", context));
	}

	public byte[] docx(ProgrammeOfWork programme) {
		return docx(programme, Language.ENGLISH);
	}

	/** The programme in a language as a Word document, right to left in Arabic. */
	public byte[] docx(ProgrammeOfWork programme, Language language) {
		var table = ProgrammeTable.of(programme.meetings(), language);
		var words = DocumentWords.of(language);
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title(programme, language));
			document.getProperties().getCoreProperties().setCreator("Plenary");
			var heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			var run = heading.createRun();
			run.setBold(true);
			run.setFontSize(14);
			run.setText(programme.process().name());
			var subtitle = document.createParagraph();
			subtitle.setAlignment(ParagraphAlignment.CENTER);
			subtitle.createRun().setText(subtitle(programme, language));
			if (table.bySlot()) {
				var grid = newTable(document,
						List.of(words.get("documents.programme.date"), words.get("documents.programme.morning"),
								words.get("documents.programme.afternoon"), words.get("documents.programme.location")));
				for (var day : table.days()) {
					addRow(grid, List.of(day.date(), day.morning() == null ? "" : day.morning().printedTopic(),
							day.afternoon() == null ? "" : day.afternoon().printedTopic(), day.venue()));
				}
			}
			else {
				var grid = newTable(document,
						List.of(words.get("documents.programme.format"), words.get("documents.programme.date"),
								words.get("documents.programme.time"), words.get("documents.programme.venue"),
								words.get("documents.programme.topic")));
				for (var meeting : table.meetings()) {
					addRow(grid, List.of(meeting.format(), meeting.date(), meeting.time(), meeting.venue(),
							meeting.printedTopic() + (meeting.note() == null ? "" : " — " + meeting.note())));
				}
			}
			if (table.meetings().isEmpty()) {
				document.createParagraph().createRun().setText(words.get("documents.noMeetings"));
			}
			Word.inLanguage(document, language);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "Programme of work — GCM, 72nd session", in the language. */
	public static String title(ProgrammeOfWork programme, Language language) {
		var words = DocumentWords.of(language);
		var session = programme.session();
		return words.get("documents.programme.title") + " — " + programme.process().shortName()
				+ (session == null ? "" : words.get("documents.listSeparator")
						+ words.get("documents.session", String.valueOf(session.number()), session.ordinal()));
	}

	/** "Programme of work — 72nd session of the General Assembly", in the language. */
	public static String subtitle(ProgrammeOfWork programme, Language language) {
		var words = DocumentWords.of(language);
		var session = programme.session();
		return words.get("documents.programme.title") + (session == null ? "" : " — "
				+ words.get("documents.sessionOfTheAssembly", String.valueOf(session.number()), session.ordinal()));
	}

	private static XWPFTable newTable(XWPFDocument document, List<String> headers) {
		var table = document.createTable(1, headers.size());
		CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
				: table.getCTTbl().getTblPr().addNewTblW();
		width.setType(STTblWidth.PCT);
		width.setW(BigInteger.valueOf(5000));
		var header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int i = 0; i < headers.size(); i++) {
			var cell = header.getCell(i);
			cell.setColor("D9E2EC");
			write(cell, headers.get(i), true);
		}
		return table;
	}

	private static void addRow(XWPFTable table, List<String> values) {
		var row = table.createRow();
		for (int i = 0; i < values.size(); i++) {
			write(row.getCell(i), values.get(i), false);
		}
	}

	private static void write(XWPFTableCell cell, String text, boolean bold) {
		var paragraph = cell.getParagraphs().get(0);
		var run = paragraph.createRun();
		run.setBold(bold);
		run.setText(text);
	}

}
