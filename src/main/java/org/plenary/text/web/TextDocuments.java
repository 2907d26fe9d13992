package org.plenary.text.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.plenary.system.Pdf;
import org.plenary.text.AmendmentKind;
import org.plenary.text.CompilationView;
import org.plenary.text.RevisionComparison;
import org.plenary.text.RevisionView;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A negotiated text on paper: a revision (PDF from the page's kind of HTML, DOCX with
 * Apache POI) laid out like a UN draft — title, revision and date, parts as headings,
 * paragraphs with their numbers; the compilation text as DOCX and PDF; and the comparison
 * of two revisions as a Word document with tracked changes, which Word shows as
 * insertions and deletions to accept or reject.
 */
@Component
class TextDocuments {

	static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final TemplateEngine templates;

	TextDocuments(TemplateEngine templates) {
		this.templates = templates;
	}

	byte[] revisionPdf(RevisionView revision) {
		var context = new Context(Locale.ENGLISH);
		context.setVariable("revision", revision);
		context.setVariable("dated", revision.issuedOn() == null ? "draft" : UN_DATE.format(revision.issuedOn()));
		return Pdf.render(this.templates.process("text/print/revision", context));
	}

	byte[] compilationPdf(CompilationView compilation) {
		var context = new Context(Locale.ENGLISH);
		context.setVariable("compilation", compilation);
		context.setVariable("revision", compilation.revision());
		return Pdf.render(this.templates.process("text/print/compilation", context));
	}

	byte[] revisionDocx(RevisionView revision) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			heading(document, revision, revision.label());
			for (var part : revision.parts()) {
				partHeading(document, part.heading());
				for (var paragraph : part.paragraphs()) {
					var p = numbered(document, paragraph);
					p.createRun().setText(paragraph.text());
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] compilationDocx(CompilationView compilation) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			heading(document, compilation.revision(), "Compilation text of " + compilation.revision().label());
			for (var part : compilation.parts()) {
				partHeading(document, part.heading());
				for (var compiled : part.paragraphs()) {
					var p = numbered(document, compiled.paragraph());
					for (var segment : compiled.segments()) {
						if (segment.isPlain()) {
							p.createRun().setText(segment.text());
							continue;
						}
						if (segment.bracketed()) {
							p.createRun().setText("[");
						}
						boolean struck = segment.alternatives()
							.stream()
							.anyMatch((a) -> a.kind() != AmendmentKind.INSERT_WORDS);
						if (!segment.text().isEmpty()) {
							var words = p.createRun();
							words.setText(segment.text());
							words.setStrikeThrough(struck);
						}
						for (int i = 0; i < segment.alternatives().size(); i++) {
							var amendment = segment.alternatives().get(i);
							if (i > 0) {
								p.createRun().setText(" / ");
							}
							var proposal = p.createRun();
							proposal.setText(" " + (amendment.newWords() == null ? "(delete)" : amendment.newWords()));
							proposal.setUnderline(UnderlinePatterns.SINGLE);
							proposal.setBold(true);
							var who = p.createRun();
							who.setItalic(true);
							who.setText(" (" + amendment.attribution() + ")");
						}
						if (segment.bracketed()) {
							p.createRun().setText("]");
						}
					}
					for (var added : compiled.newAfter()) {
						var proposed = document.createParagraph();
						proposed.setIndentationLeft(720);
						var words = proposed.createRun();
						words.setText("New paragraph: " + added.newWords());
						words.setUnderline(UnderlinePatterns.SINGLE);
						var who = proposed.createRun();
						who.setItalic(true);
						who.setText(" (" + added.attribution() + ")");
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The later revision with Word's tracked changes against the earlier one: words
	 * inserted as insertions, words deleted as deletions, deleted paragraphs as deleted
	 * text where they stood.
	 */
	byte[] comparisonDocx(RevisionComparison comparison, String title) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title);
			document.getProperties().getCoreProperties().setCreator("Plenary");
			centred(document, title, true, 14);
			centred(document,
					"%s compared with %s, as tracked changes".formatted(comparison.toLabel(), comparison.fromLabel()),
					false, 11);
			var date = Calendar.getInstance();
			int id = 1;
			String part = null;
			for (var change : comparison.paragraphs()) {
				if (!change.part().equals(part)) {
					part = change.part();
					partHeading(document, part);
				}
				var p = document.createParagraph();
				p.setIndentationLeft(720);
				p.setIndentationHanging(720);
				var number = change.numberAfter() != null ? change.numberAfter() : change.numberBefore();
				if (number != null && !number.isEmpty()) {
					p.createRun().setText(number + "\t");
				}
				var ctp = p.getCTP();
				for (int i = 0; i < change.words().size(); i++) {
					var run = change.words().get(i);
					var text = (i == 0 || run.joinsPrevious() ? "" : " ") + run.text();
					switch (run.change()) {
						case KEPT -> p.createRun().setText(text);
						case INSERTED -> {
							var ins = ctp.addNewIns();
							ins.setId(BigInteger.valueOf(id++));
							ins.setAuthor("Plenary");
							ins.setDate(date);
							var r = ins.addNewR();
							var t = r.addNewT();
							t.setStringValue(text);
							t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
						}
						case DELETED -> {
							var del = ctp.addNewDel();
							del.setId(BigInteger.valueOf(id++));
							del.setAuthor("Plenary");
							del.setDate(date);
							var r = del.addNewR();
							var t = r.addNewDelText();
							t.setStringValue(text);
							t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
						}
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void heading(XWPFDocument document, RevisionView revision, String what) {
		document.getProperties().getCoreProperties().setTitle(revision.textTitle() + ", " + what);
		document.getProperties().getCoreProperties().setCreator("Plenary");
		if (revision.symbol() != null) {
			var symbol = document.createParagraph();
			symbol.setAlignment(ParagraphAlignment.RIGHT);
			symbol.createRun().setText(revision.symbol());
		}
		centred(document, revision.textTitle(), true, 14);
		centred(document,
				what + (revision.issuedOn() == null ? " (draft)" : ", " + UN_DATE.format(revision.issuedOn())), false,
				11);
	}

	private static void partHeading(XWPFDocument document, String heading) {
		var p = document.createParagraph();
		p.setStyle("Heading1");
		var run = p.createRun();
		run.setBold(true);
		run.setFontSize(12);
		run.setText(heading);
	}

	private static XWPFParagraph numbered(XWPFDocument document, RevisionView.ParagraphView paragraph) {
		var p = document.createParagraph();
		int indent = paragraph.kind().name().equals("SUBPARAGRAPH") ? 1440 : 720;
		p.setIndentationLeft(indent);
		p.setIndentationHanging(720);
		if (!paragraph.number().isEmpty()) {
			p.createRun().setText(paragraph.number() + "\t");
		}
		return p;
	}

	private static void centred(XWPFDocument document, String text, boolean bold, int size) {
		var paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		var run = paragraph.createRun();
		run.setBold(bold);
		run.setFontSize(size);
		run.setText(text);
	}

}
