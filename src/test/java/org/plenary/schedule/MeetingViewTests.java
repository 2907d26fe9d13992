package org.plenary.schedule;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingViewTests {

	@Test
	void writesConsecutiveObjectivesAsARangeAsTheSeedsDo() {
		assertThat(MeetingView.abridged(List.of("Objective 1: Collect data", "Objective 2: Minimize drivers",
				"Objective 3: Provide information", "Implementation")))
			.containsExactly("Objectives 1-3", "Implementation");
	}

	@Test
	void keepsALoneObjectiveAndBrokenRunsApart() {
		assertThat(MeetingView.abridged(
				List.of("Objective 7: Address vulnerabilities", "Objective 9: Smuggling", "Objective 10: Trafficking")))
			.containsExactly("Objective 7: Address vulnerabilities", "Objectives 9-10");
	}

	@Test
	void leavesUnnumberedTopicsAsTheyAre() {
		assertThat(MeetingView.abridged(List.of("Categories of membership", "The question of the veto")))
			.containsExactly("Categories of membership", "The question of the veto");
	}

	@Test
	void saysATopicOnceWhenTheAgendaLineNamesIt() {
		assertThat(MeetingView.subject(List.of("Implementation"), "Implementation, Follow up and Review"))
			.isEqualTo("Implementation, Follow up and Review");
		assertThat(MeetingView.subject(List.of("Objective 1: Collect data", "Objective 2: Minimize drivers"),
				"Objectives 1 and 2, with the implementation"))
			.isEqualTo("Objectives 1-2; Objectives 1 and 2, with the implementation");
		assertThat(MeetingView.subject(List.of("Categories of membership"), null))
			.isEqualTo("Categories of membership");
		assertThat(MeetingView.subject(List.of(), "  ")).isEmpty();
	}

}
