package org.plenary.positions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.delegation.SpeakerKind;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.system.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

@PlenaryIntegrationTest
class PositionsTests {

	@Autowired
	Positions positions;

	@Autowired
	Processes processes;

	ProcessView process;

	UUID categories;

	UUID veto;

	UUID both;

	UUID nonPermanentOnly;

	UUID extendVeto;

	UUID abolishVeto;

	@BeforeEach
	void aProcessWithTwoTopicsAndTheirStances() {
		var created = this.processes.create(new NewProcess("PT " + UUID.randomUUID().toString().substring(0, 6),
				"Positions under test", null, null), Actors.administrator());
		this.processes.addTopic(created.id(), "Categories of membership", Actors.administrator());
		this.process = this.processes.addTopic(created.id(), "The question of the veto", Actors.administrator());
		this.categories = this.process.topics().get(0).id();
		this.veto = this.process.topics().get(1).id();
		var secretariat = Actors.secretariatOf(this.process.id().value());
		this.both = offer(this.categories, "Expand both permanent and non-permanent", secretariat);
		this.nonPermanentOnly = offer(this.categories, "Non-permanent only", secretariat);
		this.extendVeto = offer(this.veto, "Extend the veto to new permanent members", secretariat);
		this.abolishVeto = offer(this.veto, "Abolish the veto", secretariat);
	}

	@Test
	void letsADelegateStateOnlyTheirOwnDelegationsPositionAndAGroupsOnlyThroughItsCoordinator() {
		assertThatExceptionOfType(NotYourDelegation.class).isThrownBy(() -> this.positions
			.state(stated("BRA", this.categories, this.both, 79, true), Actors.delegateOf("MEX")));
		assertThatExceptionOfType(NotYourDelegation.class).as("the facilitators read positions; they do not write them")
			.isThrownBy(() -> this.positions.state(stated("BRA", this.categories, this.both, 79, true),
					Actors.facilitatorOf(this.process.id().value())));
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.positions.state(stated("UfC", this.categories, this.nonPermanentOnly, 79, true),
					Actors.delegateOf("ESP")))
			.withMessageContaining("only its coordinator (ITA)");
		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(() -> this.positions.offerStance(this.process.id(),
				this.veto, "Keep the veto", Actors.delegateOf("FRA")));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.positions.state(stated("BRA", this.categories, this.abolishVeto, 79, true),
					Actors.delegateOf("BRA")))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("stance"));

		var ufc = this.positions.state(stated("UfC", this.categories, this.nonPermanentOnly, 79, true),
				Actors.delegateOf("ITA"));

		assertThat(ufc.holderName()).isEqualTo("Uniting for Consensus");
		assertThat(ufc.current().stanceLabel()).isEqualTo("Non-permanent only");
	}

	@Test
	void keepsEveryVersionAndShowsThePublicOnlyThePublishedOnes() {
		this.positions.state(stated("BRA", this.veto, this.extendVeto, 78, true), Actors.delegateOf("BRA"));
		var changed = this.positions.state(stated("BRA", this.veto, this.abolishVeto, 79, false),
				Actors.delegateOf("BRA"));

		assertThat(changed.versions()).extracting(PositionVersionView::stanceLabel)
			.containsExactly("Extend the veto to new permanent members", "Abolish the veto");
		assertThat(changed.versions().get(0).session()).isEqualTo(78);
		assertThat(public_().stream().filter((p) -> p.holder().equals("BRA")).findFirst().orElseThrow().versions())
			.extracting(PositionVersionView::stanceLabel)
			.containsExactly("Extend the veto to new permanent members");
		assertThat(this.positions.positions(this.process.id(), Actors.facilitatorOf(this.process.id().value())))
			.singleElement()
			.satisfies((p) -> assertThat(p.versions()).hasSize(2));
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(
				() -> this.positions.state(new StatePosition(this.process.id(), this.veto, "BRA", this.extendVeto, null,
						77, SourceKind.OTHER, null, LocalDate.of(2030, 1, 1), true), Actors.delegateOf("BRA")))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("session"));
	}

	@Test
	void measuresHowFarADelegationAgreesWithEachOfItsGroups() {
		// The L.69 group (stated by its coordinator, Saint Vincent and the Grenadines)
		// and
		// Saint Vincent itself agree on the categories and differ on the veto: 1 of 2.
		var saintVincent = Actors.delegateOf("VCT");
		this.positions.state(stated("L.69", this.categories, this.both, 79, true), saintVincent);
		this.positions.state(stated("L.69", this.veto, this.extendVeto, 79, true), saintVincent);
		this.positions.state(stated("VCT", this.categories, this.both, 79, true), saintVincent);
		this.positions.state(stated("VCT", this.veto, this.abolishVeto, 79, true), saintVincent);

		var alignment = this.positions.alignment(this.process.id(), "VCT", Actor.anonymous());

		var l69 = alignment.groups().stream().filter((g) -> g.group().equals("L.69")).findFirst().orElseThrow();
		assertThat(l69.agreed()).isEqualTo(1);
		assertThat(l69.compared()).isEqualTo(2);
		assertThat(l69.share()).isCloseTo(0.5, within(1e-9));
		assertThat(l69.topics()).extracting(Alignment.TopicComparison::topic, Alignment.TopicComparison::same)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Categories of membership", true),
					org.assertj.core.groups.Tuple.tuple("The question of the veto", false));
		assertThat(alignment.groups()).filteredOn((g) -> g.group().equals("CARICOM"))
			.singleElement()
			.satisfies((caricom) -> {
				assertThat(caricom.compared()).as("CARICOM stated nothing: nothing to compare").isZero();
				assertThat(caricom.share()).isNull();
			});
	}

	@Test
	void computesTheConvergenceIndexAndItsChangeBetweenSessions() {
		// 78th session: two for both categories, two for non-permanent only: 0.5.
		for (var code : List.of("BRA", "IND")) {
			this.positions.state(stated(code, this.categories, this.both, 78, true), Actors.delegateOf(code));
		}
		for (var code : List.of("ITA", "PAK")) {
			this.positions.state(stated(code, this.categories, this.nonPermanentOnly, 78, true),
					Actors.delegateOf(code));
		}
		// 79th: Nigeria joins those for both categories, Pakistan keeps its stance: 3 of
		// 5.
		this.positions.state(stated("NGA", this.categories, this.both, 79, true), Actors.delegateOf("NGA"));

		var map = this.positions.convergence(this.process.id(), SpeakerKind.DELEGATION, 79, 78, Actor.anonymous());

		var categories = map.topics().get(0);
		assertThat(categories.stated()).isEqualTo(5);
		assertThat(categories.index()).isCloseTo(0.6, within(1e-9));
		assertThat(categories.earlierIndex()).isCloseTo(0.5, within(1e-9));
		assertThat(categories.change()).isCloseTo(0.1, within(1e-9));
		assertThat(categories.stances()).extracting(ConvergenceMap.StanceHolders::holders)
			.containsExactly(List.of("BRA", "IND", "NGA"), List.of("ITA", "PAK"));
		assertThat(map.topics().get(1).index()).as("nobody stated a stance on the veto").isNull();
		assertThat(map.columns()).extracting(ConvergenceMap.Holder::key)
			.as("by regional group: African, Asia-Pacific, then Western European and other")
			.containsExactly("NGA", "IND", "PAK", "BRA", "ITA");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(
				() -> this.positions.convergence(this.process.id(), SpeakerKind.DELEGATION, 78, 79, Actor.anonymous()));
	}

	@Test
	void definesTheIndexAsTheLargestStancesShare() {
		assertThat(Positions.index(List.of(3, 2))).isCloseTo(0.6, within(1e-9));
		assertThat(Positions.index(List.of(4))).isEqualTo(1.0);
		assertThat(Positions.index(List.of(1, 1, 1, 1))).isCloseTo(0.25, within(1e-9));
		assertThat(Positions.index(List.of())).isNull();
		assertThat(Positions.index(Arrays.asList(0, 0))).isNull();
	}

	private List<PositionView> public_() {
		return this.positions.positions(this.process.id(), Actor.anonymous());
	}

	private UUID offer(UUID topic, String label, Actor actor) {
		return this.positions.offerStance(this.process.id(), topic, label, actor).id();
	}

	private StatePosition stated(String holder, UUID topic, UUID stance, int session, boolean published) {
		return new StatePosition(this.process.id(), topic, holder, stance, null, session, SourceKind.MEETING,
				"IGN meeting", LocalDate.of(1945 + session, 3, 1), published);
	}

}
