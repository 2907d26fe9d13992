package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An imported letter's signers matched against the live register, the people earlier
 * Presidents appointed included (names made up in the forms letters write them).
 */
@PlenaryIntegrationTest
class RegisterPeopleTests {

	@Autowired
	RegisterPeople register;

	@Test
	void writesTheFullNameOfAnEarlierCoFacilitatorSignedByTheSurnameAloneFromTheLettersSessionAndState() {
		var senders = this.register
			.matched(letterOf(LocalDate.of(2024, 4, 4),
					new Extraction.Sender("Leendertse", "Co-facilitator", "Germany")))
			.senders();

		assertThat(senders).singleElement().satisfies((sender) -> {
			assertThat(sender.name()).isEqualTo("Antje Leendertse");
			assertThat(sender.match().written()).isEqualTo("Leendertse");
			assertThat(sender.match().applied()).isTrue();
			assertThat(sender.match().session()).as("the session of the letter's date").isEqualTo(78);
			assertThat(sender.match().process()).isEqualTo("Summit of the Future");
		});
	}

	@Test
	void leavesASignerTheRegisterDoesNotKnowAsWritten() {
		var senders = this.register
			.matched(letterOf(LocalDate.of(2006, 6, 28), new Extraction.Sender("Rock", "Co-Chair", "Canada"),
					new Extraction.Sender("Nevill Gertze", "Co-facilitator", "Namibia")))
			.senders();

		assertThat(senders).extracting(Extraction.Sender::name).containsExactly("Rock", "Neville Gertze");
		assertThat(senders.get(0).match()).isNull();
	}

	private static Extraction letterOf(LocalDate date, Extraction.Sender... senders) {
		return new Extraction(date, null, List.of(senders), null, List.of(date), List.of(),
				new Extraction.References(List.of(), List.of(), List.of()), null);
	}

}
