package org.plenary.process;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProcessTests {

	static Process ign() {
		return new Process("IGN", "Intergovernmental Negotiations on Security Council reform", null, 180);
	}

	@Test
	void namesItsPageAfterItsShortName() {
		assertThat(ign().slug()).isEqualTo("ign");
		assertThat(Process.slugOf("L.69 talks")).isEqualTo("l-69-talks");
		assertThatIllegalArgumentException().isThrownBy(() -> Process.slugOf("..."));
	}

	@Test
	void refusesATimeLimitOutsideHalfAMinuteToAnHour() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Process("X", "Too short", null, 10))
			.withMessageContaining("between 30 seconds and 60 minutes");
		assertThatIllegalArgumentException().isThrownBy(() -> ign().describe("IGN", null, 3601));
	}

	@Test
	void refusesTheSameTopicTwice() {
		var ign = ign();
		ign.addTopic("Categories of membership");
		assertThatIllegalArgumentException().isThrownBy(() -> ign.addTopic("categories of membership "))
			.withMessageContaining("exists already");
	}

	@Test
	void refusesToAppointAPersonTwiceForOneSession() {
		var ign = ign();
		ign.appoint(
				new Appointment(71, "Ion Jinga", null, FacilitatorRole.CO_CHAIR, "ROU", LocalDate.of(2016, 10, 26)));
		assertThatIllegalArgumentException().isThrownBy(
				() -> ign.appoint(new Appointment(71, "Ion Jinga", null, FacilitatorRole.CO_CHAIR, "ROU", null)));
	}

	@Test
	void appointsThePersonAgainForAnotherSession() {
		var ign = ign();
		ign.appoint(new Appointment(78, "Alexander Marschik", null, FacilitatorRole.CO_CHAIR, "AUT", null));
		ign.appoint(new Appointment(79, "Alexander Marschik", null, FacilitatorRole.CO_CHAIR, "AUT", null));
		var view = ign.toView((code) -> null);
		assertThat(view.facilitatorsBySession()).extracting(ProcessView.SessionFacilitators::ordinal)
			.containsExactly("79th", "78th");
	}

	@Test
	void refusesADecisionCitedTwice() {
		var ign = ign();
		ign.addToMandate(new MandateEntry(MandateKind.DECISION, "62/557", LocalDate.of(2008, 9, 15), "Key issues"));
		assertThatIllegalArgumentException().isThrownBy(() -> ign
			.addToMandate(new MandateEntry(MandateKind.DECISION, "62/557", null, "The same decision again")));
	}

}
