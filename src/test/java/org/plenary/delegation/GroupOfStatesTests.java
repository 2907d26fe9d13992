package org.plenary.delegation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GroupOfStatesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	static GroupOfStates g4() {
		var g4 = new GroupOfStates("G4", "Group of Four", null, null);
		g4.join("BRA", TODAY);
		g4.join("DEU", TODAY);
		g4.join("IND", TODAY);
		g4.join("JPN", TODAY);
		return g4;
	}

	@Test
	void refusesAMemberThatIsAMemberAlready() {
		assertThatExceptionOfType(AlreadyAMember.class).isThrownBy(() -> g4().join("BRA", TODAY))
			.satisfies((e) -> assertThat(e.getBody().getDetail()).isEqualTo("BRA is a member of G4 already."));
	}

	@Test
	void refusesTheDepartureOfANonMember() {
		assertThatExceptionOfType(NotAMember.class).isThrownBy(() -> g4().leave("MEX", TODAY));
	}

	@Test
	void keepsTheHistoryOfAMemberThatLeftAndRejoined() {
		var g4 = g4();
		g4.leave("JPN", TODAY);
		assertThat(g4.hasMember("JPN")).isFalse();
		g4.join("JPN", TODAY.plusDays(1));
		assertThat(g4.hasMember("JPN")).isTrue();
		assertThat(g4.memberships()).filteredOn((m) -> m.delegationCode().equals("JPN")).hasSize(2);
	}

	@Test
	void aCoordinatorThatLeavesNoLongerCoordinates() {
		var g4 = g4();
		g4.describe("Group of Four", null, "BRA");
		assertThat(g4.isCoordinatedBy("BRA")).isTrue();
		g4.leave("BRA", TODAY);
		assertThat(g4.coordinatorCode()).isNull();
	}

	@Test
	void refusesACoordinatorThatIsNotAMember() {
		assertThatExceptionOfType(NotAMember.class).isThrownBy(() -> g4().describe("Group of Four", null, "MEX"));
	}

}
