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
import org.plenary.system.WordDiff;
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
						if (added.isOpposed()) {
							proposed.createRun().setText("[");
						}
						var words = proposed.createRun();
						words.setText("New paragraph: " + added.newWords());
						words.setUnderline(UnderlinePatterns.SINGLE);
						var who = proposed.createRun();
						who.setItalic(true);
						who.setText(" (" + added.attribution() + ")");
						if (added.isOpposed()) {
							proposed.createRun().setText("]");
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

	/**
	 * The later revision with Word's tracked changes against the earlier one, so that
	 * accepting every change gives the later revision and rejecting every change the
	 * earlier, paragraph by paragraph: words inserted and deleted as {@code w:ins} and
	 * {@code w:del} runs in reading order (the texts' own spacing kept), a paragraph
	 * added or deleted with its number inside the tracked run and its paragraph mark
	 * tracked, a deleted paragraph where it stood, a renumbered paragraph's old number
	 * deleted and its new one inserted, part headings that come or go tracked the same
	 * way.
	 */
	byte[] comparisonDocx(RevisionComparison comparison, String title) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(title);
			document.getProperties().getCoreProperties().setCreator("Plenary");
			centred(document, title, true, 14);
			centred(document,
					"%s compared with %s, as tracked changes".formatted(comparison.toLabel(), comparison.fromLabel()),
					false, 11);
			var tracker = new Tracker(Calendar.getInstance());
			var partsBefore = new java.util.HashSet<String>();
			var partsAfter = new java.util.HashSet<String>();
			for (var change : comparison.paragraphs()) {
				if (change.numberBefore() != null || change.status() == RevisionComparison.Status.DELETED) {
					partsBefore.add(change.partBefore() != null ? change.partBefore() : change.part());
				}
				if (change.status() != RevisionComparison.Status.DELETED) {
					partsAfter.add(change.part());
				}
			}
			var written = new java.util.HashSet<String>();
			String part = null;
			for (var change : comparison.paragraphs()) {
				if (!change.part().equals(part)) {
					part = change.part();
					if (written.add(part)) {
						var heading = document.createParagraph();
						heading.setStyle("Heading1");
						var change2 = partsBefore.contains(part)
								? (partsAfter.contains(part) ? WordDiff.Change.KEPT : WordDiff.Change.DELETED)
								: WordDiff.Change.INSERTED;
						tracker.mark(heading, change2);
						tracker.run(heading, change2, part, true);
					}
				}
				// A part that is gone, all of whose paragraphs went elsewhere: its
				// heading deleted here.
				var gonePart = change.partBefore();
				if (gonePart != null && change.status() != RevisionComparison.Status.DELETED
						&& !partsAfter.contains(gonePart) && written.add(gonePart)) {
					var heading = document.createParagraph();
					heading.setStyle("Heading1");
					tracker.mark(heading, WordDiff.Change.DELETED);
					tracker.run(heading, WordDiff.Change.DELETED, gonePart, true);
				}
				var p = document.createParagraph();
				p.setIndentationLeft(720);
				p.setIndentationHanging(720);
				switch (change.status()) {
					case ADDED -> {
						tracker.mark(p, WordDiff.Change.INSERTED);
						tracker.run(p, WordDiff.Change.INSERTED, numbered(change.numberAfter(), change.textAfter()),
								false);
					}
					case DELETED -> {
						tracker.mark(p, WordDiff.Change.DELETED);
						tracker.run(p, WordDiff.Change.DELETED, numbered(change.numberBefore(), change.textBefore()),
								false);
					}
					default -> {
						var before = change.numberBefore() == null ? "" : change.numberBefore();
						var after = change.numberAfter() == null ? "" : change.numberAfter();
						if (before.equals(after)) {
							tracker.run(p, WordDiff.Change.KEPT, numbered(after, ""), false);
						}
						else {
							tracker.run(p, WordDiff.Change.DELETED, numbered(before, ""), false);
							tracker.run(p, WordDiff.Change.INSERTED, numbered(after, ""), false);
						}
						for (var piece : TrackedWords.between(change.textBefore(), change.textAfter())) {
							tracker.run(p, piece.change(), piece.text(), false);
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

	private static String numbered(@org.jspecify.annotations.Nullable String number,
			@org.jspecify.annotations.Nullable String text) {
		var words = text == null ? "" : text;
		return number == null || number.isEmpty() ? words : number + "\t" + words;
	}

	/** Writes kept, inserted and deleted runs, and tracked paragraph marks, with ids. */
	private static final class Tracker {

		private final Calendar date;

		private int id = 1;

		Tracker(Calendar date) {
			this.date = date;
		}

		/** Tracks the paragraph mark itself: the paragraph comes or goes as a whole. */
		void mark(XWPFParagraph paragraph, WordDiff.Change change) {
			if (change == WordDiff.Change.KEPT) {
				return;
			}
			var ppr = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
			var rpr = ppr.isSetRPr() ? ppr.getRPr() : ppr.addNewRPr();
			var mark = change == WordDiff.Change.INSERTED ? rpr.addNewIns() : rpr.addNewDel();
			mark.setId(BigInteger.valueOf(this.id++));
			mark.setAuthor("Plenary");
			mark.setDate(this.date);
		}

		void run(XWPFParagraph paragraph, WordDiff.Change change, String text, boolean bold) {
			if (text.isEmpty()) {
				return;
			}
			var ctp = paragraph.getCTP();
			org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR r;
			switch (change) {
				case INSERTED -> {
					var ins = ctp.addNewIns();
					ins.setId(BigInteger.valueOf(this.id++));
					ins.setAuthor("Plenary");
					ins.setDate(this.date);
					r = ins.addNewR();
				}
				case DELETED -> {
					var del = ctp.addNewDel();
					del.setId(BigInteger.valueOf(this.id++));
					del.setAuthor("Plenary");
					del.setDate(this.date);
					r = del.addNewR();
				}
				default -> r = ctp.addNewR();
			}
			if (bold) {
				r.addNewRPr().addNewB();
			}
			// A tab is a w:tab, the words between are w:t (w:delText when deleted).
			var pieces = text.split("\t", -1);
			for (int i = 0; i < pieces.length; i++) {
				if (i > 0) {
					r.addNewTab();
				}
				if (pieces[i].isEmpty()) {
					continue;
				}
				var t = change == WordDiff.Change.DELETED ? r.addNewDelText() : r.addNewT();
				t.setStringValue(pieces[i]);
				t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
			}
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
