package org.plenary.positions;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PlenaryIntegrationTest
class ElementsApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Processes processes;

	@Autowired
	TestAccounts accounts;

	@Test
	void servesTheDemoRevisionsAsJsonAPdfAndAWordDocumentThatOpen() throws Exception {
		var ign = this.processes.process("ign").id();

		assertThat(this.mvc.get().uri("/api/processes/{id}/elements", ign)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.length()", (n) -> n.assertThat().isEqualTo(2))
			.hasPathSatisfying("$[1].clusters[0].title", (t) -> t.assertThat().isEqualTo("Categories of membership"));
		assertThat(this.mvc.get().uri("/api/processes/{id}/elements/compare?from=1&to=2", ign)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.elements[2].status", (s) -> s.assertThat().isEqualTo("CHANGED"));

		var pdf = this.mvc.get().uri("/api/processes/{id}/elements/2/elements.pdf", ign).exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("72nd session of the General Assembly",
					"II. The question of the veto", "Issues for further consideration",
					"its use restricted in cases of mass atrocities");
		}
		var docx = this.mvc.get().uri("/api/processes/{id}/elements/2/elements.docx", ign).exchange();
		assertThat(docx).hasStatusOk();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
				var text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("Revised Elements of Commonality", "I. Categories of membership",
					"1. Member States recognize the need to redress the under-representation of Africa.");
		}
	}

	@Test
	void refusesADelegateWhoWouldComposeTheDocumentAndAnswersAProposalOnce() {
		var ign = this.processes.process("ign").id();
		var delegate = this.accounts.holding(Grant.delegateOf("MEX"));

		assertThat(this.mvc.post()
			.uri("/api/processes/{id}/elements", ign)
			.with(delegate.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Mine\",\"session\":80,\"dated\":\"2026-01-01\"}")).hasStatus(403)
			.bodyJson()
			.hasPathSatisfying("$.title", (t) -> t.assertThat().isEqualTo("Not your process"));
		assertThat(this.mvc.post()
			.uri("/api/processes/{id}/elements/1/issue", ign)
			.with(this.accounts.holding(Grant.secretariatOf(ign.value())).basic())).hasStatus(409)
			.bodyJson()
			.hasPathSatisfying("$.detail", (d) -> d.assertThat().asString().contains("was issued and does not change"));
	}

}
