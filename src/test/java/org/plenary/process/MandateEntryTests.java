package org.plenary.process;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MandateEntryTests {

	@Test
	void citesADecisionAsTheLettersDo() {
		var entry = new MandateEntry(MandateKind.DECISION, "69/560", LocalDate.of(2015, 9, 14), "Rolled over");
		assertThat(entry.citation()).isEqualTo("decision 69/560");
	}

	@Test
	void citesAnOldResolutionWithItsPartAndRomanSession() {
		// Resolution 1991 A (XVIII) of 1963 enlarged the Council to fifteen members.
		assertThat(new MandateEntry(MandateKind.RESOLUTION, "1991 A (XVIII)", null, "Enlargement").citation())
			.isEqualTo("resolution 1991 A (XVIII)");
	}

	@Test
	void refusesADecisionWithoutASymbol() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MandateEntry(MandateKind.DECISION, null, null, "No symbol"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MandateEntry(MandateKind.RESOLUTION, "seventy-one", null, "Not a symbol"));
	}

	@Test
	void acceptsAnotherTextWithoutASymbol() {
		assertThat(new MandateEntry(MandateKind.OTHER, null, null, "The Pact for the Future").citation())
			.isEqualTo("The Pact for the Future");
	}

}
