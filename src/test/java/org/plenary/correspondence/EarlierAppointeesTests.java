package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signers' names matched against the people earlier Presidents appointed, as the
 * extractor knows them without a database (the register of earlier appointments read from
 * its migration): names as a letter might write them, made up for each rule.
 */
class EarlierAppointeesTests {

	private static final KnownPeople REGISTER = SignerNames.PEOPLE;

	@Test
	void writesAMisspeltCoFacilitatorAsTheRegisterDoesAndSaysHowSure() {
		var match = REGISTER.match("Nevill Gertze", null, null).orElseThrow();

		assertThat(match.person()).isEqualTo("Neville Gertze");
		assertThat(match.applied()).isTrue();
		assertThat(match.confidence()).isBetween(KnownPeople.APPLIED, 98);
		assertThat(match.role()).isEqualTo("CO_FACILITATOR");
		assertThat(match.session()).isEqualTo(78);
		assertThat(match.process()).isEqualTo("Summit of the Future");
	}

	@Test
	void correctsACoChairsNameOcrGarbled() {
		var match = REGISTER.match("Joanna Wr0necka", null, null).orElseThrow();

		assertThat(match.person()).isEqualTo("Joanna Wronecka");
		assertThat(match.applied()).isTrue();
		assertThat(match.confidence()).isBetween(KnownPeople.APPLIED, 98);
	}

	@Test
	void writesTheFullNameOfACoChairSignedByTheSurnameAloneSurerForTheirState() {
		var alone = REGISTER.match("(Signed) Wronecka", null, null).orElseThrow();
		var forPoland = REGISTER.match("(Signed) Wronecka", null, null, "Poland").orElseThrow();

		assertThat(alone.person()).isEqualTo("Joanna Wronecka");
		assertThat(alone.applied()).isTrue();
		assertThat(forPoland.confidence()).isEqualTo(alone.confidence() + KnownPeople.IN_CONTEXT);
		assertThat(REGISTER.match("(Signed) Wronecka", null, null, "Chile").orElseThrow().confidence())
			.as("another State adds nothing")
			.isEqualTo(alone.confidence());
	}

	@Test
	void theSendersOfALetterAreWrittenAsTheRegisterKnowsThemAndOthersAsWritten() {
		var senders = SignerNames.corrected(
				List.of(new Extraction.Sender("Nevill Gertze", "Co-facilitator", null),
						new Extraction.Sender("Hendrik Vosloo", "Co-facilitator", "Namibia")),
				LocalDate.of(2021, 4, 21));

		assertThat(senders).extracting(Extraction.Sender::name).containsExactly("Neville Gertze", "Hendrik Vosloo");
		assertThat(senders.get(0).match().written()).isEqualTo("Nevill Gertze");
		assertThat(senders.get(0).match().session()).as("the co-facilitator of the letter's session").isEqualTo(75);
		assertThat(senders.get(1).match()).as("a name the register does not know").isNull();
	}

	@Test
	void aNameTheRegisterDoesNotHoldIsLeftAsWritten() {
		assertThat(REGISTER.match("Rock", null, null, "Canada")).isEmpty();
		assertThat(SignerNames.known("Pieter van der Walt")).isEqualTo("Pieter van der Walt");
	}

	@Test
	void aGivenNameSharedWithAnAppointeeIsNoMatch() {
		assertThat(REGISTER.match("Lana Turner", null, null)).isEmpty();
		assertThat(REGISTER.match("Kai Eide", null, null)).isEmpty();
		assertThat(REGISTER.match("Joanna Kowalska", null, null, "Poland")).isEmpty();
		assertThat(REGISTER.match("Alya Ahmed", null, null)).as("given names without the family name").isEmpty();
	}

	@Test
	void aLetterOfAnAppointeesSessionIsInContext() {
		var appointed = REGISTER.match("Leendertse", null, LocalDate.of(2024, 4, 4)).orElseThrow();
		var reappointed = REGISTER.match("Leendertse", null, LocalDate.of(2024, 10, 1)).orElseThrow();

		assertThat(appointed.person()).isEqualTo("Antje Leendertse");
		assertThat(appointed.session()).as("appointed in the 78th session").isEqualTo(78);
		assertThat(reappointed.session()).as("reappointed in the 79th").isEqualTo(79);
		assertThat(appointed.confidence())
			.isEqualTo(REGISTER.match("Leendertse", null, null).orElseThrow().confidence() + KnownPeople.IN_CONTEXT);
	}

}
