package org.plenary.text.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.plenary.text.ParagraphKind;
import org.plenary.text.RevisionView;

/**
 * A revision in Akoma Ntoso 3.0 (OASIS LegalDocML): a {@code doc} with its FRBR
 * identification (work, expression in English, manifestation), a preface with title,
 * stage and date, the preambular paragraphs as recitals, and each part as an
 * {@code hcontainer} holding numbered {@code paragraph}s, their sub-paragraphs as
 * {@code point}s after an {@code intro}.
 */
final class AkomaNtoso {

	static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

	private AkomaNtoso() {
	}

	static byte[] of(RevisionView revision, String process) {
		var out = new ByteArrayOutputStream();
		try {
			var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
			xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			xml.setDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "akomaNtoso");
			xml.writeDefaultNamespace(NAMESPACE);
			xml.writeStartElement(NAMESPACE, "doc");
			xml.writeAttribute("name", "negotiatedText");
			meta(xml, revision, process);
			preface(xml, revision);
			var recitals = revision.parts()
				.stream()
				.flatMap((p) -> p.paragraphs().stream())
				.filter((p) -> p.kind() == ParagraphKind.PREAMBULAR)
				.toList();
			if (!recitals.isEmpty()) {
				xml.writeStartElement(NAMESPACE, "preamble");
				xml.writeStartElement(NAMESPACE, "recitals");
				int n = 0;
				for (var recital : recitals) {
					n++;
					xml.writeStartElement(NAMESPACE, "recital");
					xml.writeAttribute("eId", "rec_" + n);
					element(xml, "num", recital.number());
					element(xml, "p", recital.text());
					xml.writeEndElement();
				}
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeStartElement(NAMESPACE, "mainBody");
			int part = 0;
			int paragraph = 0;
			for (var section : revision.parts()) {
				var body = section.paragraphs().stream().filter((p) -> p.kind() != ParagraphKind.PREAMBULAR).toList();
				if (body.isEmpty()) {
					continue;
				}
				part++;
				xml.writeStartElement(NAMESPACE, "hcontainer");
				xml.writeAttribute("name", "part");
				xml.writeAttribute("eId", "hcontainer_" + part);
				element(xml, "heading", section.heading());
				for (int i = 0; i < body.size(); i++) {
					var current = body.get(i);
					if (current.kind() == ParagraphKind.SUBPARAGRAPH) {
						continue;
					}
					paragraph++;
					var eId = "para_" + paragraph;
					xml.writeStartElement(NAMESPACE, "paragraph");
					xml.writeAttribute("eId", eId);
					if (!current.number().isEmpty()) {
						element(xml, "num", current.number());
					}
					var points = subparagraphsAfter(body, i);
					if (points.isEmpty()) {
						xml.writeStartElement(NAMESPACE, "content");
						element(xml, "p", current.text());
						xml.writeEndElement();
					}
					else {
						xml.writeStartElement(NAMESPACE, "intro");
						element(xml, "p", current.text());
						xml.writeEndElement();
						int point = 0;
						for (var sub : points) {
							point++;
							xml.writeStartElement(NAMESPACE, "point");
							xml.writeAttribute("eId", eId + "__point_" + point);
							element(xml, "num", sub.number());
							xml.writeStartElement(NAMESPACE, "content");
							element(xml, "p", sub.text());
							xml.writeEndElement();
							xml.writeEndElement();
						}
					}
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the Akoma Ntoso document", ex);
		}
		return out.toByteArray();
	}

	private static List<RevisionView.ParagraphView> subparagraphsAfter(List<RevisionView.ParagraphView> body, int at) {
		int end = at + 1;
		while (end < body.size() && body.get(end).kind() == ParagraphKind.SUBPARAGRAPH) {
			end++;
		}
		return body.subList(at + 1, end);
	}

	private static void meta(XMLStreamWriter xml, RevisionView revision, String process) throws XMLStreamException {
		var date = revision.issuedOn() != null ? revision.issuedOn() : LocalDate.of(1970, 1, 1);
		var work = "/akn/un/doc/negotiated-text/%s/%s".formatted(date, process.toLowerCase(Locale.ROOT));
		var expression = work + "/eng@" + revision.label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		xml.writeStartElement(NAMESPACE, "meta");
		xml.writeStartElement(NAMESPACE, "identification");
		xml.writeAttribute("source", "#plenary");
		frbr(xml, "FRBRWork", work, date, null);
		frbr(xml, "FRBRExpression", expression, date, "eng");
		frbr(xml, "FRBRManifestation", expression + "/!main.xml", date, null);
		xml.writeEndElement();
		xml.writeStartElement(NAMESPACE, "references");
		xml.writeAttribute("source", "#plenary");
		xml.writeEmptyElement(NAMESPACE, "TLCOrganization");
		xml.writeAttribute("eId", "plenary");
		xml.writeAttribute("href", "/ontology/organization/un/plenary");
		xml.writeAttribute("showAs", "Plenary");
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void frbr(XMLStreamWriter xml, String level, String uri, LocalDate date, String language)
			throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, level);
		xml.writeEmptyElement(NAMESPACE, "FRBRthis");
		xml.writeAttribute("value", uri + (level.equals("FRBRWork") ? "/!main" : ""));
		xml.writeEmptyElement(NAMESPACE, "FRBRuri");
		xml.writeAttribute("value", uri);
		xml.writeEmptyElement(NAMESPACE, "FRBRdate");
		xml.writeAttribute("date", date.toString());
		xml.writeAttribute("name", "issued");
		xml.writeEmptyElement(NAMESPACE, "FRBRauthor");
		xml.writeAttribute("href", "#plenary");
		if (level.equals("FRBRWork")) {
			xml.writeEmptyElement(NAMESPACE, "FRBRcountry");
			xml.writeAttribute("value", "un");
		}
		if (language != null) {
			xml.writeEmptyElement(NAMESPACE, "FRBRlanguage");
			xml.writeAttribute("language", language);
		}
		xml.writeEndElement();
	}

	private static void preface(XMLStreamWriter xml, RevisionView revision) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, "preface");
		xml.writeStartElement(NAMESPACE, "p");
		xml.writeAttribute("class", "title");
		element(xml, "docTitle", revision.textTitle());
		xml.writeEndElement();
		xml.writeStartElement(NAMESPACE, "p");
		element(xml, "docStage", revision.label());
		if (revision.issuedOn() != null) {
			xml.writeCharacters(" ");
			xml.writeStartElement(NAMESPACE, "docDate");
			xml.writeAttribute("date", revision.issuedOn().toString());
			xml.writeCharacters(TextDocuments.UN_DATE.format(revision.issuedOn()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

}
