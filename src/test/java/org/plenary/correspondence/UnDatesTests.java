package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnDatesTests {

	@Test
	void writesOneDay() {
		assertThat(UnDates.of(List.of(LocalDate.of(2018, 2, 16)))).isEqualTo("16 February 2018");
	}

	@Test
	void writesConsecutiveDaysAsARange() {
		assertThat(UnDates.of(List.of(LocalDate.of(2018, 2, 28), LocalDate.of(2018, 2, 27))))
			.isEqualTo("27-28 February 2018");
	}

	@Test
	void writesDaysOfAMonthAsTheGlobalCompactDid() {
		assertThat(UnDates.of(List.of(LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 22), LocalDate.of(2018, 2, 23))))
			.isEqualTo("20, 22 and 23 February 2018");
	}

	@Test
	void writesSeveralMonthsWithTheYearOnce() {
		assertThat(UnDates.of(List.of(LocalDate.of(2018, 3, 27), LocalDate.of(2018, 3, 28), LocalDate.of(2018, 3, 29),
				LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 2), LocalDate.of(2018, 6, 6),
				LocalDate.of(2018, 6, 7))))
			.isEqualTo("27-29 March, 1-2 May and 6-7 June 2018");
	}

	@Test
	void writesTheYearOfEachMonthAcrossTheNewYear() {
		assertThat(UnDates.of(List.of(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2))))
			.isEqualTo("30 December 2024 and 2 January 2025");
	}

	@Test
	void refusesNoDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> UnDates.of(List.of()));
	}

}
