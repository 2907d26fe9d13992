package org.plenary.positions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.plenary.delegation.RegionalGroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.plenary.positions.SeatCategory.NON_PERMANENT;
import static org.plenary.positions.SeatCategory.PERMANENT;
import static org.plenary.positions.SeatRegion.AFRICAN;
import static org.plenary.positions.SeatRegion.ASIA_PACIFIC;
import static org.plenary.positions.SeatRegion.EASTERN_EUROPEAN;
import static org.plenary.positions.SeatRegion.LATIN_AMERICAN_AND_CARIBBEAN;
import static org.plenary.positions.SeatRegion.SMALL_ISLAND_DEVELOPING_STATES;
import static org.plenary.positions.SeatRegion.WESTERN_EUROPEAN_AND_OTHERS;

/**
 * The figures of a model, worked by hand for today's Council and the G4's 2005 draft, and
 * checked over generated models.
 */
class ModelFiguresTests {

	/**
	 * 54 African, 53 Asia-Pacific, 23 Eastern European, 33 Latin American and Caribbean,
	 * 29 WEOG; Kiribati in none.
	 */
	static final Membership MEMBERSHIP = new Membership(
			Map.of(RegionalGroup.AFRICAN, 54, RegionalGroup.ASIA_PACIFIC, 53, RegionalGroup.EASTERN_EUROPEAN, 23,
					RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN, 33, RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS, 29),
			193);

	@Test
	void countsTodaysCouncilAsFifteenMembersFiveWithTheVeto() {
		var today = ModelFigures.of(Composition.TODAY, NewMembersVeto.NOT_STATED, ExistingVeto.KEEP, 9, MEMBERSHIP);

		assertThat(today.size()).isEqualTo(15);
		assertThat(today.seatsByRegion()).containsExactly(Map.entry(AFRICAN, 3), Map.entry(ASIA_PACIFIC, 3),
				Map.entry(EASTERN_EUROPEAN, 2), Map.entry(LATIN_AMERICAN_AND_CARIBBEAN, 2),
				Map.entry(WESTERN_EUROPEAN_AND_OTHERS, 5));
		assertThat(today.permanentMembers()).isEqualTo(5);
		assertThat(today.vetoHolders()).isEqualTo(5);
		assertThat(today.sizeChange()).isZero();
		assertThat(today.changeFromToday().values()).allSatisfy((regions) -> assertThat(regions).isEmpty());
		// 3 of 15 seats is 20%; 54 of 193 Members is 27.98%: 7.98 points short.
		assertThat(today.shares().get(AFRICAN).seatShare()).isCloseTo(0.20, within(1e-9));
		assertThat(today.shares().get(AFRICAN).membershipShare()).isCloseTo(54.0 / 193, within(1e-9));
		assertThat(today.shares().get(AFRICAN).difference()).isCloseTo(-7.979, within(0.001));
		// 5 of 15 seats (33.3%) for the 29 WEOG States (15.0%).
		assertThat(today.shares().get(WESTERN_EUROPEAN_AND_OTHERS).difference()).isCloseTo(18.31, within(0.01));
		assertThat(today.votesNeededShare()).isCloseTo(0.6, within(1e-9));
	}

	@Test
	void computesTheG4DraftOf2005AsTwentyFiveMembersWithTheVetoDeferred() {
		// A/59/L.64: six new permanent seats (2 African, 2 Asian, 1 Latin American and
		// Caribbean, 1 WEOG) and four non-permanent (1 each for Africa, Asia, Eastern
		// Europe,
		// Latin America and the Caribbean).
		var g4 = Composition.of(add(Composition.TODAY.counts(), List.of(new SeatCount(PERMANENT, AFRICAN, 2),
				new SeatCount(PERMANENT, ASIA_PACIFIC, 2), new SeatCount(PERMANENT, LATIN_AMERICAN_AND_CARIBBEAN, 1),
				new SeatCount(PERMANENT, WESTERN_EUROPEAN_AND_OTHERS, 1), new SeatCount(NON_PERMANENT, AFRICAN, 1),
				new SeatCount(NON_PERMANENT, ASIA_PACIFIC, 1), new SeatCount(NON_PERMANENT, EASTERN_EUROPEAN, 1),
				new SeatCount(NON_PERMANENT, LATIN_AMERICAN_AND_CARIBBEAN, 1))));

		var figures = ModelFigures.of(g4, NewMembersVeto.DEFERRED_TO_REVIEW, ExistingVeto.KEEP, 14, MEMBERSHIP);

		assertThat(figures.size()).isEqualTo(25);
		assertThat(figures.sizeChange()).isEqualTo(10);
		assertThat(figures.seatsByRegion()).containsEntry(AFRICAN, 6)
			.containsEntry(ASIA_PACIFIC, 6)
			.containsEntry(EASTERN_EUROPEAN, 3)
			.containsEntry(LATIN_AMERICAN_AND_CARIBBEAN, 4)
			.containsEntry(WESTERN_EUROPEAN_AND_OTHERS, 6);
		assertThat(figures.changeFromToday().get(PERMANENT)).containsExactly(Map.entry(AFRICAN, 2),
				Map.entry(ASIA_PACIFIC, 2), Map.entry(LATIN_AMERICAN_AND_CARIBBEAN, 1),
				Map.entry(WESTERN_EUROPEAN_AND_OTHERS, 1));
		assertThat(figures.permanentMembers()).isEqualTo(11);
		assertThat(figures.vetoHolders()).as("deferred: today's five only").isEqualTo(5);
		assertThat(figures.vetoHoldersAfterReview()).isEqualTo(11);
		// 6 of 25 seats is 24%.
		assertThat(figures.shares().get(AFRICAN).seatShare()).isCloseTo(0.24, within(1e-9));
		assertThat(figures.votesNeededShare()).isCloseTo(0.56, within(1e-9));
	}

	@Test
	void givesTheVetoToNewPermanentMembersOnlyWhenTheModelSaysSoAndTakesItAwayWhenAbolished() {
		var withSix = Composition.of(add(Composition.TODAY.counts(), List.of(new SeatCount(PERMANENT, AFRICAN, 2))));

		assertThat(ModelFigures.of(withSix, NewMembersVeto.YES, ExistingVeto.KEEP, null, MEMBERSHIP).vetoHolders())
			.isEqualTo(7);
		assertThat(ModelFigures.of(withSix, NewMembersVeto.NO, ExistingVeto.RESTRICT, null, MEMBERSHIP).vetoHolders())
			.isEqualTo(5);
		assertThat(ModelFigures.of(withSix, NewMembersVeto.YES, ExistingVeto.ABOLISH, null, MEMBERSHIP).vetoHolders())
			.as("abolished for today's five, given to the new two")
			.isEqualTo(2);
	}

	@Test
	void showsCrossRegionalSeatsWithoutAMembershipShare() {
		var withSids = Composition.of(add(Composition.TODAY.counts(),
				List.of(new SeatCount(NON_PERMANENT, SMALL_ISLAND_DEVELOPING_STATES, 1))));

		var figures = ModelFigures.of(withSids, NewMembersVeto.NOT_STATED, ExistingVeto.KEEP, null, MEMBERSHIP);

		assertThat(figures.seatsByRegion()).containsEntry(SMALL_ISLAND_DEVELOPING_STATES, 1);
		assertThat(figures.shares().get(SMALL_ISLAND_DEVELOPING_STATES).membershipShare()).isNull();
		assertThat(figures.shares().get(SMALL_ISLAND_DEVELOPING_STATES).difference()).isNull();
	}

	@Test
	void refusesACouncilWithoutSeatsOrLargerThanTheMembership() {
		assertThatIllegalArgumentException().isThrownBy(() -> Composition.of(List.of()))
			.withMessage("A Council needs at least one seat.");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Composition.of(List.of(new SeatCount(NON_PERMANENT, AFRICAN, 100),
					new SeatCount(NON_PERMANENT, ASIA_PACIFIC, 100))))
			.withMessage("A Council of 200 is larger than the membership of 193.");
		assertThatIllegalArgumentException().isThrownBy(() -> new SeatCount(PERMANENT, AFRICAN, -1));
	}

	@Test
	void addsUpSeatsAndSharesForEveryGeneratedModel() {
		var random = new Random(20261126);
		for (int i = 0; i < 2_000; i++) {
			var counts = new ArrayList<SeatCount>();
			for (var category : SeatCategory.values()) {
				for (var region : SeatRegion.values()) {
					if (random.nextInt(3) == 0) {
						counts.add(new SeatCount(category, region, random.nextInt(6)));
					}
				}
			}
			counts.add(new SeatCount(NON_PERMANENT, AFRICAN, 1 + random.nextInt(3)));
			var composition = Composition.of(counts);
			var veto = NewMembersVeto.values()[random.nextInt(NewMembersVeto.values().length)];
			var existing = ExistingVeto.values()[random.nextInt(ExistingVeto.values().length)];

			var figures = ModelFigures.of(composition, veto, existing, null, MEMBERSHIP);

			var seats = counts.stream().mapToInt(SeatCount::seats).sum();
			assertThat(figures.size()).isEqualTo(seats);
			assertThat(figures.seatsByRegion().values().stream().mapToInt(Integer::intValue).sum())
				.as("seats per region add up to the size: %s", composition)
				.isEqualTo(figures.size());
			assertThat(figures.seatsByCategory().values().stream().mapToInt(Integer::intValue).sum())
				.isEqualTo(figures.size());
			assertThat(figures.shares().values().stream().mapToDouble(RegionShare::seatShare).sum()).isCloseTo(1.0,
					within(1e-9));
			assertThat(figures.sizeChange()).isEqualTo(figures.size() - 15);
			assertThat(figures.vetoHolders()).isBetween(0, figures.permanentMembers());
			assertThat(figures.vetoHoldersAfterReview()).isBetween(figures.vetoHolders(), figures.permanentMembers());
			for (var category : SeatCategory.values()) {
				for (var region : SeatRegion.values()) {
					assertThat(Composition.TODAY.seats(category, region)
							+ figures.changeFromToday().get(category).getOrDefault(region, 0))
						.as("today's seats and the change make the model's")
						.isEqualTo(composition.seats(category, region));
				}
			}
			assertThat(Composition.of(composition.counts())).isEqualTo(composition);
		}
	}

	private static List<SeatCount> add(List<SeatCount> base, List<SeatCount> more) {
		var all = new ArrayList<>(base);
		all.addAll(more);
		return all;
	}

}
