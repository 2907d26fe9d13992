package org.plenary.process;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PlenaryIntegrationTest
class EarlierAppointmentsTests {

	@Autowired
	EarlierAppointments appointments;

	@Autowired
	Sessions sessions;

	@Test
	void theRegisterReadsTheSameAppointmentsFromTheDatabaseAsTheExtractorFromTheMigration() {
		var stored = this.appointments.appointments();

		assertThat(stored).hasSizeGreaterThanOrEqualTo(90);
		assertThat(stored).containsExactlyElementsOf(AppointmentsOfTheRegister.appointments());
	}

	@Test
	void knowsTheCoFacilitatorsAnEarlierPresidentAppointedWithTheirDelegationAndSource() {
		assertThat(this.appointments.appointments())
			.filteredOn((a) -> a.personName().equals("Neville Gertze") && a.session() == 78)
			.singleElement()
			.satisfies((gertze) -> {
				assertThat(gertze.role()).isEqualTo("CO_FACILITATOR");
				assertThat(gertze.mandate()).isEqualTo("Summit of the Future");
				assertThat(gertze.delegation()).isEqualTo("NAM");
				assertThat(gertze.delegationName()).isEqualTo("Namibia");
				assertThat(gertze.source()).startsWith("https://");
			});
	}

	@Test
	void everyAppointmentHasASourceARoleASessionOfTheRegisterAndADelegationTheRegisterKnows() {
		var withAPresident = this.sessions.sessions()
			.stream()
			.filter((s) -> s.presidentName() != null)
			.map(SessionView::number)
			.toList();

		assertThat(this.appointments.appointments()).allSatisfy((a) -> {
			assertThat(a.source()).as(a.personName()).matches("https?://\\S+( https?://\\S+)?");
			assertThat(a.role()).isIn(Set.of("CHAIR", "CO_CHAIR", "FACILITATOR", "CO_FACILITATOR", "ADVISER"));
			assertThat(withAPresident).as("the session of %s, whose President appointed them", a.personName())
				.contains(a.session());
			if (a.delegation() != null) {
				assertThat(a.delegationName()).as("the delegation of %s", a.personName()).isNotNull();
			}
		});
	}

}
