package org.plenary.positions.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.plenary.positions.ElementKind;
import org.plenary.positions.ElementsRevisionView;
import org.plenary.process.SessionView;
import org.plenary.system.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A revision of the Elements on paper, laid out as the UN lays out such a document: the
 * process and the session at the top, the title and date, then each cluster as a numbered
 * section with its elements as numbered paragraphs, commonalities and issues for further
 * consideration apart. PDF from the HTML the page uses; DOCX with Apache POI.
 */
@Component
class ElementsDocuments {

	static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final TemplateEngine templates;

	ElementsDocuments(TemplateEngine templates) {
		this.templates = templates;
	}

	/** A cluster with elements, and its number in the document ("II"). */
	record Section(String numeral, ElementsRevisionView.Cluster cluster) {
	}

	byte[] pdf(ElementsRevisionView revision) {
		var context = new Context(Locale.ENGLISH);
		context.setVariable("revision", revision);
		context.setVariable("dated", UN_DATE.format(revision.dated()));
		context.setVariable("session", SessionView.ordinalOf(revision.session()) + " session of the General Assembly");
		var sections = new java.util.ArrayList<Section>();
		for (var cluster : revision.clusters()) {
			if (!cluster.elements().isEmpty()) {
				sections.add(new Section(roman(sections.size() + 1), cluster));
			}
		}
		context.setVariable("sections", sections);
		return Pdf.render(this.templates.process("positions/print/elements", context));
	}

	byte[] docx(ElementsRevisionView revision) {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.getProperties().getCoreProperties().setTitle(revision.title());
			document.getProperties().getCoreProperties().setCreator("Plenary");
			centred(document, revision.processName(), false, 11);
			centred(document, "%s session of the General Assembly".formatted(SessionView.ordinalOf(revision.session())),
					false, 11);
			centred(document, revision.title(), true, 14);
			centred(document,
					UN_DATE.format(revision.dated()) + (revision.status().name().equals("DRAFT")
							? " — draft, revision " + revision.number() : " — revision " + revision.number()),
					false, 11);
			int section = 0;
			for (var cluster : revision.clusters()) {
				if (cluster.elements().isEmpty()) {
					continue;
				}
				section++;
				var heading = document.createParagraph();
				heading.setStyle("Heading1");
				var run = heading.createRun();
				run.setBold(true);
				run.setFontSize(12);
				run.setText("%s. %s".formatted(roman(section), cluster.title()));
				for (var kind : ElementKind.values()) {
					var ofKind = cluster.elements().stream().filter((e) -> e.kind() == kind).toList();
					if (ofKind.isEmpty()) {
						continue;
					}
					var label = document.createParagraph().createRun();
					label.setItalic(true);
					label.setText(kind == ElementKind.COMMONALITY ? "Elements of commonality"
							: "Issues for further consideration");
					int n = 0;
					for (var element : ofKind) {
						n++;
						var paragraph = document.createParagraph();
						paragraph.setIndentationLeft(360);
						paragraph.createRun().setText("%d. %s".formatted(n, element.text()));
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

	private static void centred(XWPFDocument document, String text, boolean bold, int size) {
		var paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		var run = paragraph.createRun();
		run.setBold(bold);
		run.setFontSize(size);
		run.setText(text);
	}

	static String roman(int number) {
		String[] numerals = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
		return number <= numerals.length ? numerals[number - 1] : String.valueOf(number);
	}

}
