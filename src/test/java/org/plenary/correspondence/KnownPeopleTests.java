package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching a signer's name as written against the people the register knows, one rule at
 * a time, on names made up for the purpose.
 */
class KnownPeopleTests {

	private static final KnownPeople REGISTER = KnownPeople.of(List.of(
			KnownPeople.Person.president(90, "Ingrid Halvorsen", LocalDate.of(2035, 9, 11), LocalDate.of(2036, 9, 8)),
			KnownPeople.Person.president(91, "Tomás Ibáñez", LocalDate.of(2036, 9, 9), LocalDate.of(2037, 9, 14)),
			KnownPeople.Person.facilitator("Thorvald Brennan", "CO_FACILITATOR", 90, "OCEANS", "Ireland"),
			KnownPeople.Person.facilitator("Rashid Okram", "CO_CHAIR", 88, "REVIEW", "Pakistan"),
			KnownPeople.Person.facilitator("Mogens Lindqvist", "CHAIR", 89, "WATER", null),
			KnownPeople.Person.facilitator("Lucía Fernanda Molina Garcés", "CO_CHAIR", 90, "WATER", null)));

	@Test
	void writesANameInCapitalsOrWithoutAccentsAsTheRegisterDoesWithFullConfidence() {
		var match = REGISTER.match("TOMAS IBANEZ", null, null).orElseThrow();

		assertThat(match.person()).isEqualTo("Tomás Ibáñez");
		assertThat(match.confidence()).isEqualTo(100);
		assertThat(match.applied()).isTrue();
		assertThat(match.role()).isEqualTo(KnownPeople.PRESIDENT);
		assertThat(match.session()).isEqualTo(91);
	}

	@Test
	void keepsTheAccentsALetterWritesAndRestoresThoseItLost() {
		var register = KnownPeople
			.of(List.of(KnownPeople.Person.facilitator("Jose Ramon Alvarez", "CO_CHAIR", 90, "WATER", "Peru"),
					KnownPeople.Person.facilitator("Zoltán Kövér", "CO_CHAIR", 90, "OCEANS", "Hungary")));

		var senders = register.matched(List.of(new Extraction.Sender("José Ramón Álvarez", "Co-Chair", "Peru"),
				new Extraction.Sender("JOSE RAMON ALVAREZ", "Co-Chair", "Peru"),
				new Extraction.Sender("Zoltán Kővér", "Co-Chair", "Hungary"),
				new Extraction.Sender("Zoltan Kovér", "Co-Chair", "Hungary"),
				new Extraction.Sender("ZOLTÁN KŐVÉR", "Co-Chair", "Hungary")), null, null);

		assertThat(senders).extracting(Extraction.Sender::name)
			.as("the letter's accents kept; those it lost, and its capitals, as the register writes them")
			.containsExactly("José Ramón Álvarez", "Jose Ramon Alvarez", "Zoltán Kővér", "Zoltán Kövér",
					"Zoltán Kövér");
		assertThat(senders).allSatisfy((s) -> assertThat(s.match().confidence()).isEqualTo(100));
	}

	@Test
	void correctsALetterOcrMisreadOrALetterLeftOutButSaysItIsNotCertain() {
		var ocr = REGISTER.match("Ingrid Halv0rsen", null, null).orElseThrow();
		var missing = REGISTER.match("Thorvald Brenan", null, null).orElseThrow();

		assertThat(ocr.person()).isEqualTo("Ingrid Halvorsen");
		assertThat(ocr.applied()).isTrue();
		assertThat(ocr.confidence()).isBetween(KnownPeople.APPLIED, 98);
		assertThat(missing.person()).isEqualTo("Thorvald Brennan");
		assertThat(missing.applied()).isTrue();
		assertThat(missing.confidence()).isLessThan(ocr.confidence())
			.as("a letter OCR often confuses costs less than a letter left out");
		assertThat(missing.process()).isEqualTo("OCEANS", "Ireland");
	}

	@Test
	void onlySuggestsASurnameAloneGarbledInTwoLettersAndOnlyInItsProcess() {
		assertThat(REGISTER.match("Akrum", null, null)).as("out of context: too far").isEmpty();
		assertThat(REGISTER.match("Okrum", null, null).orElseThrow().applied()).as("one letter wrong").isFalse();

		var inItsProcess = REGISTER.match("Akrum", "REVIEW", null).orElseThrow();

		assertThat(inItsProcess.person()).isEqualTo("Rashid Okram");
		assertThat(inItsProcess.applied()).isFalse();
		assertThat(inItsProcess.confidence()).isBetween(KnownPeople.SUGGESTED, KnownPeople.APPLIED - 1);
		assertThat(REGISTER.match("Akrum", "REVIEW", null, "Pakistan").orElseThrow().confidence())
			.as("signed for the co-chair's State as well")
			.isEqualTo(inItsProcess.confidence() + KnownPeople.IN_CONTEXT);
		assertThat(REGISTER.match("Akrum", "REVIEW", null, "Pakistan").orElseThrow().applied()).isFalse();
	}

	@Test
	void writesTheFullNameOfAPersonSignedByTheirSurnameAlone() {
		var match = REGISTER.match("(Signed) Brennan", null, null).orElseThrow();

		assertThat(match.person()).isEqualTo("Thorvald Brennan");
		assertThat(match.applied()).isTrue();
		assertThat(match.confidence()).isLessThan(100);
	}

	@Test
	void aGivenNameSharedWithSomeoneTheRegisterKnowsIsNoMatch() {
		assertThat(REGISTER.match("Mogens Jensen", null, null)).isEmpty();
		assertThat(REGISTER.match("Ingrid Solberg", null, null)).isEmpty();
		assertThat(REGISTER.match("Ana Lima", null, null)).isEmpty();
	}

	@Test
	void knowsANameOfTwoFamilyNamesWrittenWithTheFirstOnly() {
		var match = REGISTER.match("Lucia Fernanda Molina", null, null).orElseThrow();

		assertThat(match.person()).isEqualTo("Lucía Fernanda Molina Garcés");
		assertThat(match.applied()).isTrue();
	}

	@Test
	void aCloseNameIsSurerInTheProcessOrOnTheDayThePersonHeldTheirRole() {
		var outside = REGISTER.match("Mogens Lindkvest", null, null).orElseThrow();
		var inTheProcess = REGISTER.match("Mogens Lindkvest", "WATER", null).orElseThrow();
		var president = REGISTER.match("Ingrid Halversem", null, LocalDate.of(2036, 2, 1)).orElseThrow();
		var laterPresident = REGISTER.match("Ingrid Halversem", null, LocalDate.of(2040, 2, 1)).orElseThrow();

		assertThat(inTheProcess.confidence()).isEqualTo(outside.confidence() + KnownPeople.IN_CONTEXT);
		assertThat(president.confidence()).isEqualTo(laterPresident.confidence() + KnownPeople.IN_CONTEXT);
	}

	@Test
	void prefersOfTwoClosePeopleTheOneWhoLeadsTheLettersProcess() {
		var register = KnownPeople.of(List.of(KnownPeople.Person.facilitator("Jan Kowalski", "CO_CHAIR", 90, "A", null),
				KnownPeople.Person.facilitator("Jan Kowalsky", "CO_CHAIR", 90, "B", null)));

		assertThat(register.match("Jan Kowalskj", "A", null).orElseThrow().person()).isEqualTo("Jan Kowalski");
		assertThat(register.match("Jan Kowalskj", "B", null).orElseThrow().person()).isEqualTo("Jan Kowalsky");
	}

	@Test
	void keepsWhatTheLetterWroteAndMatchesAgainFromIt() {
		var senders = List.of(new Extraction.Sender("Thorvald Brenan", "Co-facilitator", "Ireland"),
				new Extraction.Sender("Ana Lima", null, "Brazil"));

		var matched = REGISTER.matched(senders, "OCEANS", null);
		var again = KnownPeople.of(List.of()).matched(matched, null, null);

		assertThat(matched).extracting(Extraction.Sender::name).containsExactly("Thorvald Brennan", "Ana Lima");
		assertThat(matched.get(0).written()).isEqualTo("Thorvald Brenan");
		assertThat(matched.get(0).role()).isEqualTo("Co-facilitator");
		assertThat(matched.get(1).match()).isNull();
		assertThat(again).extracting(Extraction.Sender::name)
			.as("a register that no longer knows the person gives the letter's name back")
			.containsExactly("Thorvald Brenan", "Ana Lima");
	}

}
