package org.plenary.correspondence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeReaderTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "10:00am-1:00pm 3:00pm-6:00pm|10:00-13:00 15:00-18:00",
					"10:00am-1:00pm 3:00pm- 6:00pm|10:00-13:00 15:00-18:00",
					"10.00 a.m. 1.00 p.m. and 3.00 6.00 p.m.|10:00-13:00 15:00-18:00",
					"Morning (10:00-13:00)|10:00-13:00", "at 10am in the Trusteeship Council Chamber|10:00",
					"at 10:00 am|10:00", "at 12 noon|12:00", "from 10 a.m. to 1 p.m. EST|10:00-13:00",
					"15:00-18:00|15:00-18:00", "at 3 p.m.|15:00", "from 9.30 a.m. until 12.30 p.m.|09:30-12:30",
					// The words around the numbers in capitals, or after a tab: the same.
					"AT 10:00 AM AND 3:00 PM|10:00 15:00", "at 10:00 am	and	3:00 pm|10:00 15:00",
					"BETWEEN 10 A.M. AND 1 P.M.|10:00-13:00", "10 - 13 and 15 - 18 HOURS|10:00-13:00 15:00-18:00",
					"Starting At 10|10:00" })
	void readsTheTimesLettersWrite(String text, String times) {
		var read = TimeReader.read(text)
			.stream()
			.map((t) -> t.to() == null ? t.from().toString() : t.from() + "-" + t.to())
			.toList();
		assertThat(String.join(" ", read)).isEqualTo(times);
	}

	@Test
	void readsNoTimeInDaysSymbolsOrYears() {
		assertThat(
				TimeReader.read("on 19 and 21 November 2024, decision 69/560, Objectives 1-6, from 14 to 16 January"))
			.isEmpty();
	}

}
