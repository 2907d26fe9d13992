package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.process.Appointment;
import org.plenary.process.FacilitatorRole;
import org.plenary.process.MandateEntry;
import org.plenary.process.MandateKind;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.identity.Actors.administrator;

@PlenaryIntegrationTest
class LetterTemplatesTests {

	@Autowired
	LetterTemplates templates;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Test
	void announcesMeetingsInTheCoChairsNamesWithTheSessionDaysAndTimeLimit() {
		var process = aProcessLedByTwoCoChairsInThe72ndSession();
		var meetings = this.programme
			.plan(new PlanMeetings(process.id(),
					List.of(LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 22), LocalDate.of(2018, 2, 23)),
					List.of(StandardSlot.MORNING), null, null, "informal meeting", null, MeetingMode.IN_PERSON,
					List.of(), null, null, null, null, true, false, null), administrator())
			.meetings()
			.stream()
			.map((m) -> m.id().value())
			.toList();

		var draft = this.templates.start(LetterTemplate.ANNOUNCE_MEETINGS, process.id(), LocalDate.of(2018, 2, 13),
				meetings, null);

		assertThat(draft.paragraphs()).containsExactly(
				"We have the honour to write to you in our capacity as Co-Chairs of the " + process.name()
						+ " during the 72nd session of the General Assembly.",
				"We wish to inform you that the " + process.shortName()
						+ " will meet on 20, 22 and 23 February 2018, as follows:",
				"We kindly ask that all delegations limit their interventions to a maximum of three minutes.",
				"We look forward to the active and continued participation of all delegations.");
		assertThat(draft.signatories()).containsExactlyInAnyOrder(
				new Signatory("Ion Jinga", "Permanent Representative of Romania", "Co-Chair", "ROU"),
				new Signatory("Ib Petersen", "Permanent Representative of Denmark", "Co-Chair", "DNK"));
		assertThat(draft.references()).containsExactly(new Reference(Reference.Kind.DECISION, "62/557"));
		assertThat(draft.programme()).isEqualTo(meetings);
	}

	@Test
	void transmitsInThePresidentsNameWithTheEnclosure() {
		var process = aProcessLedByTwoCoChairsInThe72ndSession();
		var enclosure = new LetterId(UUID.randomUUID());

		var draft = this.templates.start(LetterTemplate.TRANSMIT, process.id(), LocalDate.of(2018, 2, 15), List.of(),
				enclosure);

		assertThat(draft.kind()).isEqualTo(LetterKind.TRANSMITTAL);
		assertThat(draft.enclosure()).isEqualTo(enclosure);
		assertThat(draft.signatories()).extracting(Signatory::name).containsExactly("Miroslav Lajčák");
		assertThat(draft.paragraphs().get(0))
			.startsWith("I have the honour to transmit herewith a letter from the Co-Chairs of the " + process.name())
			.contains("Ion Jinga, Permanent Representative of Romania", " and ",
					"Ib Petersen, Permanent Representative of Denmark")
			.doesNotContain("Someone Earlier");
	}

	private ProcessView aProcessLedByTwoCoChairsInThe72ndSession() {
		var process = this.processes.create(new NewProcess("T" + UUID.randomUUID().toString().substring(0, 6),
				"Negotiations for template tests", null, 180), administrator());
		this.processes.addToMandate(process.id(),
				new MandateEntry(MandateKind.DECISION, "62/557", LocalDate.of(2008, 9, 15), "Question of equitable"),
				administrator());
		this.processes.appoint(process.id(), new Appointment(72, "Ion Jinga", "Permanent Representative of Romania",
				FacilitatorRole.CO_CHAIR, "ROU", null), administrator());
		this.processes.appoint(process.id(), new Appointment(72, "Ib Petersen", "Permanent Representative of Denmark",
				FacilitatorRole.CO_CHAIR, "DNK", null), administrator());
		this.processes.appoint(process.id(),
				new Appointment(71, "Someone Earlier", null, FacilitatorRole.CO_CHAIR, null, null), administrator());
		return this.processes.process(process.id());
	}

}
