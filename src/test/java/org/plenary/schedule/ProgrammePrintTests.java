package org.plenary.schedule;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The printed programme reads like seed 004's table: the text is read back out of the PDF
 * and the Word file.
 */
@PlenaryIntegrationTest
class ProgrammePrintTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.plenary.process.Processes processes;

	@Autowired
	Programme programme;

	@Test
	void thePdfIsTaggedEmbedsItsFontsAndLaysOutTheFirstRoundLikeSeed004() throws Exception {
		var pdf = this.mvc.perform(get("/processes/gcm/programme.pdf?session=72"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"programme-of-work-gcm-72.pdf\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Programme of work — GCM, 72nd session");
			var fonts = document.getPage(0).getResources().getFontNames();
			assertThat(fonts).isNotEmpty();
			for (var name : fonts) {
				assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
			}
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Global Compact for Safe, Orderly and Regular Migration")
				.contains("Morning (10:00–13:00)")
				.contains("Afternoon (15:00–18:00)")
				.contains("Objectives 1-6")
				.contains("Conference Room 4")
				.contains("Implementation; Follow-up and review");
		}
	}

	@Test
	void theWordFileHoldsTheSameTable() throws Exception {
		var docx = this.mvc.perform(get("/processes/gcm/programme.docx?session=72"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			var table = document.getTables().get(0);
			assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Date");
			assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("20 February 2018");
			assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Objectives 1-6");
			assertThat(table.getRow(2).getCell(3).getText()).isEqualTo("Conference Room 4");
		}
	}

	@Test
	void aProgrammeOfMeetingsAtOtherTimesHasARowPerMeetingLikeSeed003() throws Exception {
		var pdf = this.mvc.perform(get("/processes/ign/programme.pdf?session=71"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Format Date Time Venue Topic").contains("6 February 2017 10:00");
		}
	}

	@Test
	void aProvisionalMeetingIsMarkedSoOnThePageInThePdfAndInTheWordFile() throws Exception {
		var process = this.processes
			.create(new org.plenary.process.NewProcess("P" + java.util.UUID.randomUUID().toString().substring(0, 6),
					"Print test", null, null), org.plenary.identity.Actors.administrator());
		this.programme.plan(new PlanMeetings(process.id(), java.util.List.of(java.time.LocalDate.of(2027, 3, 3)),
				java.util.List.of(StandardSlot.MORNING), null, null, "informal meeting", null, MeetingMode.VIRTUAL,
				java.util.List.of(), "The question of the veto", null, null, null, true, false, null),
				org.plenary.identity.Actors.administrator());
		var base = "/processes/" + process.slug() + "/programme";

		var page = this.mvc.perform(get(base + "?session=81")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The question of the veto").contains("status-provisional");
		var pdf = this.mvc.perform(get(base + ".pdf?session=81")).andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("The question of the veto (provisional)");
		}
		var docx = this.mvc.perform(get(base + ".docx?session=81")).andReturn().getResponse().getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(document.getTables().get(0).getRow(1).getCell(1).getText())
				.isEqualTo("The question of the veto (provisional)");
		}
	}

}
