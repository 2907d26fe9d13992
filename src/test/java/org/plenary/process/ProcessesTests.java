package org.plenary.process;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourProcess;
import org.plenary.system.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.plenary.identity.Actors.administrator;
import static org.plenary.identity.Actors.delegateOf;
import static org.plenary.identity.Actors.facilitatorOf;
import static org.plenary.identity.Actors.pgaOffice;
import static org.plenary.identity.Actors.secretariatOf;

@PlenaryIntegrationTest
class ProcessesTests {

	@Autowired
	Processes processes;

	@Test
	void loadsTheIgnOfTheSeedLettersWithItsChairsForEachSession() {
		var ign = this.processes.process("ign");
		assertThat(ign.name()).isEqualTo("Intergovernmental Negotiations on Security Council reform");
		assertThat(ign.interventionLimitSeconds()).isEqualTo(180);
		assertThat(ign.mandate()).extracting(MandateEntry::citation)
			.contains("decision 62/557", "decision 69/560", "decision 70/559");
		assertThat(ign.topics()).extracting(TopicView::title)
			.containsExactly("Categories of membership", "The question of the veto", "Regional representation",
					"Size of an enlarged Council and working methods of the Council",
					"Relationship between the Council and the General Assembly");
		assertThat(ign.facilitatorsOf(70)).extracting(FacilitatorView::personName, FacilitatorView::delegationName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Sylvie Lucas", "Luxembourg"));
		assertThat(ign.facilitatorsOf(71)).extracting(FacilitatorView::delegation).containsExactly("ROU", "TUN");
		assertThat(ign.facilitatorsOf(72)).extracting(FacilitatorView::delegation).containsExactly("GEO", "ARE");
		assertThat(ign.facilitatorsOf(79)).isNotEmpty().allMatch((f) -> f.role() == FacilitatorRole.CO_CHAIR);
	}

	@Test
	void loadsTheGlobalCompactWithItsCoFacilitatorsAndItsTwentyThreeObjectives() {
		var gcm = this.processes.process("gcm");
		assertThat(gcm.facilitatorsOf(72)).extracting(FacilitatorView::personName)
			.containsExactly("Juan José Gómez Camacho", "Jürg Lauber");
		assertThat(gcm.topics()).filteredOn((t) -> t.title().startsWith("Objective ")).hasSize(23);
		assertThat(gcm.topics().get(0).title()).isEqualTo("Preamble");
		assertThat(gcm.topics().get(gcm.topics().size() - 1).title()).isEqualTo("Follow-up and review");
	}

	@Test
	void aFacilitatorKeepsTheTopicsOfTheirOwnProcess() {
		var process = aNewProcess();
		var changed = this.processes.addTopic(process.id(), "Working methods", facilitatorOf(process.id().value()));
		assertThat(changed.topics()).extracting(TopicView::title).containsExactly("Working methods");
	}

	@Test
	void refusesAChangeByTheFacilitatorOfAnotherProcess() {
		var process = aNewProcess();
		var other = aNewProcess();
		assertThatExceptionOfType(NotYourProcess.class)
			.isThrownBy(() -> this.processes.addTopic(process.id(), "Veto", facilitatorOf(other.id().value())))
			.satisfies((e) -> assertThat(e.getStatusCode().value()).isEqualTo(403));
		assertThat(this.processes.process(process.id()).topics()).isEmpty();
	}

	@Test
	void refusesAChangeByTheSecretariatOfAnotherProcess() {
		var process = aNewProcess();
		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(() -> this.processes.describe(process.id(),
				"Renamed", null, 300, null, process.version(), secretariatOf(UUID.randomUUID())));
	}

	@Test
	void refusesAProcessFromADelegate() {
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.processes
			.create(new NewProcess("P" + UUID.randomUUID(), "A process", null, null), delegateOf("MEX")));
	}

	@Test
	void onlyTheRegisterKeepersAppointFacilitators() {
		var process = aNewProcess();
		var appointment = new Appointment(81, "Jane Doe", null, FacilitatorRole.CO_FACILITATOR, "MEX",
				LocalDate.of(2026, 10, 1));
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.processes.appoint(process.id(), appointment, facilitatorOf(process.id().value())));
		assertThat(this.processes.appoint(process.id(), appointment, pgaOffice()).facilitatorsOf(81))
			.extracting(FacilitatorView::delegationName)
			.containsExactly("Mexico");
	}

	@Test
	void refusesAnAppointmentForASessionNotInTheRegister() {
		var process = aNewProcess();
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.processes.appoint(process.id(),
					new Appointment(12, "Jane Doe", null, FacilitatorRole.CHAIR, null, null), administrator()))
			.satisfies((e) -> assertThat(e.field()).isEqualTo("session"));
	}

	@Test
	void refusesAShortNameThatIsTaken() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.processes.create(new NewProcess("ign", "Another IGN", null, null), administrator()))
			.satisfies((e) -> assertThat(e.field()).isEqualTo("shortName"));
	}

	@Test
	void refusesAChangeMadeOnAVersionSomeoneElseChanged() {
		var process = aNewProcess();
		var facilitator = facilitatorOf(process.id().value());
		this.processes.describe(process.id(), "First change", null, 180, 7, process.version(), facilitator);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.processes
			.describe(process.id(), "Second change from the old page", null, 180, 7, process.version(), facilitator));
		assertThat(this.processes.process(process.id()).name()).isEqualTo("First change");
	}

	private ProcessView aNewProcess() {
		return this.processes.create(
				new NewProcess("T" + UUID.randomUUID().toString().substring(0, 8), "A process for tests", null, null),
				administrator());
	}

}
