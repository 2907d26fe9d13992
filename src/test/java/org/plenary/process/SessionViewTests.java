package org.plenary.process;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionViewTests {

	@ParameterizedTest
	@CsvSource({ "1,1st", "2,2nd", "3,3rd", "4,4th", "11,11th", "12,12th", "13,13th", "21,21st", "70,70th", "71,71st",
			"72,72nd", "73,73rd", "79,79th", "81,81st", "111,111th", "112,112th", "122,122nd" })
	void writesTheOrdinalAsTheLettersDo(int number, String ordinal) {
		assertThat(SessionView.ordinalOf(number)).isEqualTo(ordinal);
	}

	@Test
	void isOpenFromItsFirstToItsLastDay() {
		var seventySecond = new SessionView(72, LocalDate.of(2017, 9, 12), LocalDate.of(2018, 9, 17), "Miroslav Lajčák",
				"SVK");
		assertThat(seventySecond.isOpenOn(LocalDate.of(2017, 9, 11))).isFalse();
		assertThat(seventySecond.isOpenOn(LocalDate.of(2017, 9, 12))).isTrue();
		assertThat(seventySecond.isOpenOn(LocalDate.of(2018, 2, 16))).isTrue();
		assertThat(seventySecond.isOpenOn(LocalDate.of(2018, 9, 17))).isTrue();
		assertThat(seventySecond.isOpenOn(LocalDate.of(2018, 9, 18))).isFalse();
	}

	@Test
	void aSessionWithoutAClosingDateRunsToTheEveOfTheNextOpening() {
		var eightyFirst = new SessionView(81, LocalDate.of(2026, 9, 8), null, null, null);
		assertThat(eightyFirst.isOpenOn(LocalDate.of(2027, 6, 1))).isTrue();
		assertThat(eightyFirst.lastDay()).isEqualTo(LocalDate.of(2027, 9, 6));
		assertThat(eightyFirst.isOpenOn(LocalDate.of(2027, 9, 7))).as("the 82nd opens").isFalse();
		assertThat(eightyFirst.isOpenOn(LocalDate.of(2031, 1, 14))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "2023,2023-09-05", "2024,2024-09-10", "2025,2025-09-09", "2026,2026-09-08", "2027,2027-09-07",
			"2028,2028-09-05", "2029,2029-09-11" })
	void opensOnTheTuesdayOfTheSecondWeekOfSeptember(int year, LocalDate opening) {
		assertThat(SessionView.openingIn(year)).isEqualTo(opening);
	}

	@Test
	void aDayTheRegisterDoesNotCoverIsInTheSessionTheCalendarFixes() {
		var eightyFifth = SessionView.onCalendar(LocalDate.of(2031, 1, 14));
		assertThat(eightyFifth.number()).isEqualTo(85);
		assertThat(eightyFifth.opensOn()).isEqualTo(LocalDate.of(2030, 9, 10));
		assertThat(eightyFifth.presidentName()).isNull();
		assertThat(SessionView.onCalendar(LocalDate.of(2030, 9, 10)).number()).isEqualTo(85);
		assertThat(SessionView.onCalendar(LocalDate.of(2030, 9, 9)).number()).isEqualTo(84);
		assertThat(SessionView.onCalendar(LocalDate.of(2018, 2, 16)).number()).as("seed 000").isEqualTo(72);
		assertThat(SessionView.numbered(85)).isEqualTo(eightyFifth);
	}

}
