package org.plenary.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.delegation.SpeakerKind;
import org.plenary.identity.Actors;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessId;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.plenary.positions.SeatCategory.LONGER_TERM;
import static org.plenary.positions.SeatCategory.NON_PERMANENT;
import static org.plenary.positions.SeatRegion.AFRICAN;
import static org.plenary.positions.SeatRegion.ASIA_PACIFIC;

@PlenaryIntegrationTest
class ReformModelsTests {

	@Autowired
	ReformModels models;

	@Autowired
	Processes processes;

	@Test
	void letsADelegationSubmitAndReviseItsOwnModelOnly() {
		var process = aProcess();
		var model = this.models.submit(new NewModel(process, "Liechtenstein model", "LIE", revision(2022, 0)),
				Actors.delegateOf("LIE"));

		assertThat(model.submitterName()).isEqualTo("Liechtenstein");
		assertThat(model.size()).isEqualTo(15);
		assertThatExceptionOfType(NotYourDelegation.class).isThrownBy(() -> this.models
			.submit(new NewModel(process, "Another model", "LIE", revision(2022, 0)), Actors.delegateOf("MEX")));
		assertThatExceptionOfType(NotYourDelegation.class)
			.isThrownBy(() -> this.models.revise(model.id(), revision(2023, 2), null, Actors.delegateOf("MEX")));

		var revised = this.models.revise(model.id(), revision(2024, 2), model.version(), Actors.delegateOf("LIE"));

		assertThat(revised.revisions()).extracting(ModelRevisionView::number).containsExactly(1, 2);
		assertThat(revised.size()).isEqualTo(17);
		assertThat(revised.latest().figures().seatsByCategory().get(LONGER_TERM)).isEqualTo(2);
		assertThat(revised.revision(1).figures().size()).as("the first revision is kept as it was").isEqualTo(15);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(
				() -> this.models.revise(model.id(), revision(2025, 4), model.version(), Actors.delegateOf("LIE")));
	}

	@Test
	void letsOnlyAGroupsCoordinatorOrTheSecretariatSubmitForTheGroup() {
		var process = aProcess();

		assertThatExceptionOfType(NotPermitted.class).isThrownBy(
				() -> this.models.submit(new NewModel(process, "UfC " + UUID.randomUUID(), "UfC", revision(2022, 0)),
						Actors.delegateOf("ESP")))
			.withMessageContaining("only its coordinator (ITA)");
		var byItaly = this.models.submit(new NewModel(process, "UfC " + UUID.randomUUID(), "UfC", revision(2022, 0)),
				Actors.delegateOf("ITA"));
		var bySecretariat = this.models.submit(
				new NewModel(process, "G4 " + UUID.randomUUID(), "G4", revision(2022, 0)),
				Actors.secretariatOf(process.value()));

		assertThat(byItaly.submitterName()).isEqualTo("Uniting for Consensus");
		assertThat(bySecretariat.submitterKind()).isEqualTo(SpeakerKind.GROUP);
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.models.submit(new NewModel(process, "G4 bis", "G4", revision(2022, 0)),
					Actors.delegateOf("BRA")))
			.withMessageContaining("it has none on record");
	}

	@Test
	void refusesAModelThatIsNotOneTwiceOrARevisionPresentedBeforeTheLast() {
		var process = aProcess();
		var model = this.models.submit(new NewModel(process, "Costa Rica model", "CRI", revision(2022, 0)),
				Actors.administrator());

		assertThatExceptionOfType(ModelNameTaken.class)
			.isThrownBy(() -> this.models.submit(new NewModel(process, "costa rica MODEL", "CRI", revision(2022, 0)),
					Actors.administrator()))
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(409));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.models.revise(model.id(), revision(2021, 0), null, Actors.administrator()))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("presentedOn"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.models.submit(new NewModel(process, "Nobody's", "XYZ", revision(2022, 0)),
					Actors.administrator()))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("submittedBy"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> new NewRevision(null, LocalDate.of(2022, 1, 1), List.of(), NewMembersVeto.NOT_STATED,
					ExistingVeto.NOT_STATED, null, null, ReElection.NOT_STATED, null, null, null, null, null, null))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("seats"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> new NewRevision(null, LocalDate.of(2022, 1, 1), Composition.TODAY.counts(),
					NewMembersVeto.NOT_STATED, ExistingVeto.NOT_STATED, null, null, ReElection.NOT_STATED, null, null,
					16, null, null, null))
			.withMessageContaining("between 1 and the Council's 15 members");
		assertThat(this.models.model(model.id()).revisions()).hasSize(1);
	}

	@Test
	void comparesModelsSideBySideMarkingWhatDiffersFromTheFirst() {
		var process = aProcess();
		var model = this.models.submit(new NewModel(process, "Model " + UUID.randomUUID(), "CRI", revision(2022, 0)),
				Actors.administrator());
		this.models.revise(model.id(), revision(2024, 2), null, Actors.administrator());

		var comparison = this.models.compare(List.of(ModelChoice.TODAY, ModelChoice.parse(model.id() + ":1"),
				ModelChoice.parse(model.id().toString())));

		assertThat(comparison.columns()).extracting(ModelComparison.Column::heading)
			.containsExactly("Today's Council", model.name() + ", revision 1", model.name() + ", revision 2");
		var size = comparison.rows()
			.stream()
			.filter((r) -> r.key().equals("models.row.size"))
			.findFirst()
			.orElseThrow();
		assertThat(size.values()).containsExactly("15", "15", "17");
		assertThat(size.differs()).containsExactly(false, false, true);
		assertThat(comparison.rows()).anySatisfy((row) -> {
			assertThat(row.key()).isEqualTo("models.row.category");
			assertThat(row.argument()).isEqualTo("models.category.LONGER_TERM");
			assertThat(row.values()).containsExactly("0", "0", "2");
		});
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.models.compare(List.of(ModelChoice.TODAY)))
			.withMessageContaining("from 2 to 5");
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.models.compare(List.of(ModelChoice.TODAY, ModelChoice.TODAY)));
		assertThatExceptionOfType(ReformModelNotFound.class)
			.isThrownBy(() -> this.models.compare(List.of(ModelChoice.TODAY, ModelChoice.parse(model.id() + ":9"))));
	}

	@Test
	void loadsThePublishedModelsOfTheMainGroupsWithTheirSources() {
		var names = this.models.models(null).stream().map(ReformModelView::name).toList();

		assertThat(names).contains("Common African Position", "G4 model", "Uniting for Consensus model", "L.69 model");
		var african = this.models.models(null)
			.stream()
			.filter((m) -> m.name().equals("Common African Position"))
			.findFirst()
			.orElseThrow();
		assertThat(african.seatsByRegion()).containsEntry(AFRICAN, 7);
		assertThat(african.vetoHolders()).isEqualTo(11);
		assertThat(african.latest().sources()).contains("Ezulwini Consensus", "Sirte Declaration");
		assertThat(this.models.models(null))
			.filteredOn(
					(m) -> List.of("Common African Position", "G4 model", "Uniting for Consensus model", "L.69 model")
						.contains(m.name()))
			.hasSize(4)
			.allSatisfy((m) -> assertThat(m.latest().sources()).isNotBlank());
	}

	private ProcessId aProcess() {
		return this.processes
			.create(new NewProcess("RM " + UUID.randomUUID().toString().substring(0, 6), "Models", null, null),
					Actors.administrator())
			.id();
	}

	/**
	 * Today's Council, with so many longer-term seats added (one African, one
	 * Asia-Pacific, …).
	 */
	private static NewRevision revision(int year, int longerTerm) {
		var seats = new ArrayList<>(Composition.TODAY.counts());
		for (int i = 0; i < longerTerm; i++) {
			seats.add(new SeatCount(LONGER_TERM, i % 2 == 0 ? AFRICAN : ASIA_PACIFIC, 1));
		}
		return new NewRevision(null, LocalDate.of(year, 3, 1), seats, NewMembersVeto.NOT_STATED, ExistingVeto.KEEP,
				null, longerTerm > 0 ? 8 : null, ReElection.NOT_STATED, null, null, null, null,
				"Test data: today's Council" + (longerTerm > 0 ? " with longer-term seats" : ""), null);
	}

}
