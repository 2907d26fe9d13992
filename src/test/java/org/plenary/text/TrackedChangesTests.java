package org.plenary.text;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison as Word tracked changes holds up: accepting every change gives the later
 * revision and rejecting every change the earlier, paragraph by paragraph. The accepting
 * and rejecting are done here by walking {@code word/document.xml} with the DOM, as Word
 * reads it (a run in {@code w:ins} is kept on accepting, one in {@code w:del} removed; a
 * paragraph whose mark is tracked joins the next), not with the library that wrote it.
 */
@PlenaryIntegrationTest
class TrackedChangesTests {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	static final String ZERO = """
			Preamble
			We, the Heads of State and Government, have met to affirm our commitment (to cooperation).
			Recalling the New York Declaration for Refugees and Migrants,
			Objective 1: Collect and utilize accurate data
			1. We commit to strengthen the global evidence base on international migration.
			(a) Elaborate a comprehensive strategy;
			(b) Improve the comparability of data;
			2. We commit to share data in line with national legislation.
			3. We commit to  keep   data safe.
			Objective 2: Minimize adverse drivers
			4. We commit to create conducive conditions.
			Follow-up
			5. We will review progress.
			""";

	static final String REV1 = """
			Preamble
			We, the Heads of State and Government, have met to affirm our collective commitment (to cooperation).
			Objective 1: Collect and utilize accurate data
			1. We commit to strengthen the global evidence base on international migration.
			(a) Elaborate a comprehensive strategy;
			2. We commit to share data, in line with national legislation and international law.
			3. We commit to  keep   data safe.
			New objective
			4. We commit to something new.
			Follow-up
			5. We will review progress.
			""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Test
	void acceptingEveryChangeGivesTheLaterRevisionAndRejectingEveryChangeTheEarlier() throws Exception {
		var process = this.processes.create(
				new NewProcess("TC " + UUID.randomUUID().toString().substring(0, 6), "Tracked changes", null, null),
				Actors.administrator());
		var facilitator = Actors.facilitatorOf(process.id().value());
		var text = this.texts.create(process.id(), "Tracked (test)", null, facilitator);
		var zero = this.texts.importRevision(text.id(), null, ZERO, false, facilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), facilitator);
		var rev1 = this.texts.importRevision(text.id(), null, REV1, false, facilitator);
		this.texts.issue(rev1.id(), LocalDate.of(2018, 3, 5), facilitator);

		roundTrip(zero.id(), rev1.id(), facilitator);
		roundTrip(rev1.id(), zero.id(), facilitator);
	}

	@Test
	void theDemosRevisionsRoundTripBothWays() throws Exception {
		var text = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var zero = text.revisions().get(0).id();
		var rev1 = text.revisions().get(1).id();

		roundTrip(zero, rev1, Actor.anonymous());
		roundTrip(rev1, zero, Actor.anonymous());
	}

	@Test
	void downloadsCarryNamesPeopleCanFile() {
		var text = this.texts.texts(this.processes.process("gcm").id(), Actor.anonymous()).get(0);
		var zero = text.revisions().get(0).id();
		var rev1 = text.revisions().get(1).id();

		assertThat(disposition("/api/revisions/{a}/compare/{b}/comparison.docx", rev1, zero))
			.isEqualTo("attachment; filename=\"GCM Zero draft compared with Rev.1.docx\"; "
					+ "filename*=UTF-8''GCM%20Zero%20draft%20compared%20with%20Rev.1.docx");
		assertThat(disposition("/api/revisions/{a}/compare/{b}/comparison.docx", zero, rev1))
			.contains("filename=\"GCM Rev.1 compared with Zero draft.docx\"");
		assertThat(disposition("/api/revisions/{id}/revision.pdf", rev1)).contains("filename=\"GCM Rev.1.pdf\"");
		assertThat(disposition("/api/revisions/{id}/revision.docx", rev1)).contains("filename=\"GCM Rev.1.docx\"");
		assertThat(disposition("/api/revisions/{id}/revision.akn.xml", rev1))
			.contains("filename=\"GCM Rev.1.akn.xml\"");
		assertThat(disposition("/api/revisions/{id}/compilation.docx", rev1))
			.contains("filename=\"GCM Rev.1 compilation.docx\"");
	}

	@Test
	void aNameWithAccentsAndSlashesIsFiledSafely() {
		var response = org.plenary.text.web.TextDownloads.download(new byte[0],
				org.springframework.http.MediaType.APPLICATION_PDF, "A/72/L.69 Révision \"1\".pdf");

		assertThat(response.getHeaders().getFirst("Content-Disposition"))
			.isEqualTo("attachment; filename=\"A 72 L.69 Revision 1 .pdf\"; "
					+ "filename*=UTF-8''A%2072%20L.69%20R%C3%A9vision%201%20.pdf");
	}

	private String disposition(String uri, Object... variables) {
		var response = this.mvc.get().uri(uri, variables).exchange();
		assertThat(response).hasStatusOk();
		return response.getResponse().getHeader("Content-Disposition");
	}

	private void roundTrip(RevisionId from, RevisionId to, Actor actor) throws Exception {
		var response = this.mvc.get().uri("/api/revisions/{a}/compare/{b}/comparison.docx", from, to).exchange();
		assertThat(response).hasStatusOk();
		var body = body(response.getResponse().getContentAsByteArray());

		var accepted = resolve(body, true);
		var rejected = resolve(body, false);

		assertThat(accepted.subList(2, accepted.size())).as("all accepted")
			.containsExactlyElementsOf(paragraphs(this.texts.revision(to, Actor.system())));
		assertThat(rejected.subList(2, rejected.size())).as("all rejected")
			.containsExactlyElementsOf(paragraphs(this.texts.revision(from, Actor.system())));
	}

	/**
	 * The revision as Word should read: each part's heading, then its numbered
	 * paragraphs.
	 */
	static List<String> paragraphs(RevisionView revision) {
		var lines = new ArrayList<String>();
		for (var part : revision.parts()) {
			lines.add(part.heading());
			for (var p : part.paragraphs()) {
				lines.add(p.number().isEmpty() ? p.text() : p.number() + "\t" + p.text());
			}
		}
		return lines;
	}

	/** The paragraphs' text with every change accepted (or rejected). */
	static List<String> resolve(Element body, boolean accept) {
		var paragraphs = new ArrayList<String>();
		var carried = new StringBuilder();
		for (var node = body.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (!(node instanceof Element p) || !W.equals(p.getNamespaceURI()) || !p.getLocalName().equals("p")) {
				continue;
			}
			var text = new StringBuilder(carried);
			carried.setLength(0);
			collect(p, accept, text);
			// The paragraph's mark, tracked: the paragraph joins the next when the mark
			// goes.
			var mark = child(child(child(p, "pPr"), "rPr"), accept ? "del" : "ins");
			if (mark != null) {
				carried.append(text);
			}
			else {
				paragraphs.add(text.toString());
			}
		}
		if (!carried.isEmpty()) {
			paragraphs.add(carried.toString());
		}
		return paragraphs;
	}

	private static void collect(Node node, boolean accept, StringBuilder text) {
		for (var child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element e) || !W.equals(e.getNamespaceURI())) {
				continue;
			}
			switch (e.getLocalName()) {
				case "pPr", "rPr" -> {
				}
				case "ins" -> {
					if (accept) {
						collect(e, accept, text);
					}
				}
				case "del" -> {
					if (!accept) {
						collect(e, accept, text);
					}
				}
				case "t", "delText" -> text.append(e.getTextContent());
				case "tab" -> text.append('\t');
				default -> collect(e, accept, text);
			}
		}
	}

	private static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
				return e;
			}
		}
		return null;
	}

	static Element body(byte[] docx) throws Exception {
		try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("word/document.xml")) {
					var factory = DocumentBuilderFactory.newInstance();
					factory.setNamespaceAware(true);
					var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
					var body = document.getElementsByTagNameNS(W, "body").item(0);
					return (Element) body;
				}
			}
		}
		throw new AssertionError("no word/document.xml");
	}

}
