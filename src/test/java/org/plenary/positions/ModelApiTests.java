package org.plenary.positions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
class ModelApiTests {

	private static final String SEATS = "[{\"category\":\"PERMANENT\",\"region\":\"ASIA_PACIFIC\",\"seats\":1},"
			+ "{\"category\":\"PERMANENT\",\"region\":\"EASTERN_EUROPEAN\",\"seats\":1},"
			+ "{\"category\":\"PERMANENT\",\"region\":\"WESTERN_EUROPEAN_AND_OTHERS\",\"seats\":3},"
			+ "{\"category\":\"NON_PERMANENT\",\"region\":\"AFRICAN\",\"seats\":4},"
			+ "{\"category\":\"NON_PERMANENT\",\"region\":\"ASIA_PACIFIC\",\"seats\":2},"
			+ "{\"category\":\"NON_PERMANENT\",\"region\":\"EASTERN_EUROPEAN\",\"seats\":1},"
			+ "{\"category\":\"NON_PERMANENT\",\"region\":\"LATIN_AMERICAN_AND_CARIBBEAN\",\"seats\":2},"
			+ "{\"category\":\"NON_PERMANENT\",\"region\":\"WESTERN_EUROPEAN_AND_OTHERS\",\"seats\":2},"
			+ "{\"category\":\"NON_PERMANENT\",\"region\":\"SMALL_ISLAND_DEVELOPING_STATES\",\"seats\":1}]";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@Autowired
	ReformModels models;

	@Test
	void givesEveryModelItsSizeSeatsByRegionAndVetoHolders() {
		assertThat(this.mvc.get().uri("/api/models")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[?(@.name == 'G4 model')].size",
					(size) -> size.assertThat().asList().containsExactly(26))
			.hasPathSatisfying("$[?(@.name == 'G4 model')].seatsByRegion.AFRICAN",
					(seats) -> seats.assertThat().asList().containsExactly(7))
			.hasPathSatisfying("$[?(@.name == 'G4 model')].vetoHolders",
					(veto) -> veto.assertThat().asList().containsExactly(5))
			.hasPathSatisfying("$[?(@.name == 'G4 model')].revisions.length()",
					(count) -> count.assertThat().asList().containsExactly(2));
	}

	@Test
	void letsADelegateSubmitTheirDelegationsModelAndNoOneElses() {
		var ign = this.processes.process("ign").id();
		var jamaica = this.accounts.holding(Grant.delegateOf("JAM"));
		var body = "{\"process\":\"%s\",\"name\":\"%s\",\"submittedBy\":\"%s\",\"revision\":{\"presentedOn\":\"2025-03-04\","
				+ "\"label\":\"A seat for small islands\",\"seats\":" + SEATS + ",\"votesNeeded\":10}}";

		assertThat(this.mvc.post()
			.uri("/api/models")
			.with(jamaica.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(ign, "Jamaica " + System.nanoTime(), "JAM"))).hasStatus(201)
			.bodyJson()
			.hasPathSatisfying("$.size", (size) -> size.assertThat().isEqualTo(17))
			.hasPathSatisfying("$.seatsByRegion.SMALL_ISLAND_DEVELOPING_STATES",
					(seats) -> seats.assertThat().isEqualTo(1))
			.hasPathSatisfying("$.revisions[0].figures.votesNeeded", (votes) -> votes.assertThat().isEqualTo(10));
		assertThat(this.mvc.post()
			.uri("/api/models")
			.with(jamaica.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(ign, "Trinidad " + System.nanoTime(), "TTO"))).hasStatus(403)
			.bodyJson()
			.hasPathSatisfying("$.title", (title) -> title.assertThat().isEqualTo("Not your delegation"));
		assertThat(this.mvc.post()
			.uri("/api/models")
			.with(jamaica.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(ign, "Jamaica again", "JAM").replace("\"presentedOn\":\"2025-03-04\",", "")))
			.hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> field.assertThat().isEqualTo("presentedOn"));
	}

	@Test
	void letsADelegateSubmitAModelFromThePageAndSaysWhatIsWrongWithAnother() {
		var jamaica = this.accounts.holding(Grant.delegateOf("JAM"));
		var ign = this.processes.process("ign").id();
		var name = "Jamaica page model " + System.nanoTime();

		var created = this.mvc.post()
			.uri("/models")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(jamaica.username()))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("process", ign.toString())
			.param("name", name)
			.param("submittedBy", "JAM")
			.param("presentedOn", "2025-05-06")
			.param("seat.PERMANENT.ASIA_PACIFIC", "1")
			.param("seat.PERMANENT.EASTERN_EUROPEAN", "1")
			.param("seat.PERMANENT.WESTERN_EUROPEAN_AND_OTHERS", "3")
			.param("seat.NON_PERMANENT.AFRICAN", "3")
			.param("seat.NON_PERMANENT.SMALL_ISLAND_DEVELOPING_STATES", "1")
			.param("newMembersVeto", "NO")
			.exchange();
		assertThat(created).hasStatus(302);
		assertThat(this.models.models(null)).filteredOn((m) -> m.name().equals(name))
			.singleElement()
			.satisfies((m) -> assertThat(m.size()).isEqualTo(9));

		assertThat(this.mvc.post()
			.uri("/models")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(jamaica.username()))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("process", ign.toString())
			.param("name", "Empty " + System.nanoTime())
			.param("submittedBy", "JAM")
			.param("presentedOn", "2025-05-06")).hasStatusOk()
			.bodyText()
			.contains("A Council needs at least one seat.");
	}

	@Test
	void comparesAsJsonCsvAndAPdfThatOpens() throws Exception {
		var g4 = this.models.models(null).stream().filter((m) -> m.name().equals("G4 model")).findFirst().orElseThrow();
		var ids = "today," + g4.id() + ":1," + g4.id();

		assertThat(this.mvc.get().uri("/api/models/compare").param("ids", ids)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.columns.length()", (n) -> n.assertThat().isEqualTo(3));
		var csv = this.mvc.get().uri("/api/models/compare.csv").param("ids", ids).exchange();
		assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
		assertThat(csv.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines()).contains(
				",Today's Council,\"G4 model, revision 1\",\"G4 model, revision 2\"",
				"Members of the Council,15,25,26");
		var pdf = this.mvc.get().uri("/api/models/compare.pdf").param("ids", ids).exchange();
		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Reform models of the Security Council compared", "G4 model, revision 2",
					"Members of the Council");
		}
		assertThat(this.mvc.get().uri("/api/models/compare").param("ids", "today")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> field.assertThat().isEqualTo("ids"));
	}

}
