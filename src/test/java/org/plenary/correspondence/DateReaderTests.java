package org.plenary.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateReaderTests {

	static final LocalDate LETTER = LocalDate.of(2018, 2, 15);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "16 February 2018|2018-02-16",
			"New York, 11 December 2015 is the dateline|2015-12-11", "Wednesday February 3, 2016 at 10am|2016-02-03",
			"on 6th and 7th February 2017|2017-02-06 2017-02-07", "on 27-28 February|2018-02-27 2018-02-28",
			"on 19 and 21 November 2024|2024-11-19 2024-11-21",
			"on 20, 22 and 23 February|2018-02-20 2018-02-22 2018-02-23",
			"on 27-29 March, 1-2 May and 6-7 June|2018-03-27 2018-03-28 2018-03-29 2018-05-01 2018-05-02 2018-06-06 2018-06-07",
			"from 14 to 18 May|2018-05-14 2018-05-15 2018-05-16 2018-05-17 2018-05-18",
			"from 30 April to 2 May 2018|2018-04-30 2018-05-01 2018-05-02",
			"April 30 - May 2, 2018|2018-04-30 2018-05-01 2018-05-02", "February 2, 2024|2024-02-02",
			"on the 1st of March|2018-03-01", "Monday, 14 January|2019-01-14",
			"27–28 February 2018|2018-02-27 2018-02-28" })
	void readsTheDatesLettersWrite(String text, String dates) {
		var read = DateReader.mentions(CleanText.of(text))
			.stream()
			.flatMap((m) -> m.days().stream())
			.map((d) -> DateReader.resolve(d, LETTER))
			.filter(Objects::nonNull)
			.map(LocalDate::toString)
			.toList();
		assertThat(read).containsExactlyElementsOf(List.of(dates.split(" ")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "on 4-6 Dec. 2019|2019-12-04 2019-12-05 2019-12-06",
					"on 4 Jan. 2019 and 5 Feb. 2019|2019-01-04 2019-02-05",
					"between 3 and 5 May 2018|2018-05-03 2018-05-04 2018-05-05",
					"between 30 April and 2 May 2018|2018-04-30 2018-05-01 2018-05-02",
					"on 3 and 5 May 2018|2018-05-03 2018-05-05" })
	void readsTheYearAfterAMonthsAbbreviationAndTheDaysBetweenTwoDays(String text, String dates) {
		readsTheDatesLettersWrite(text, dates);
	}

	@Test
	void aJanuaryDateInADecemberLetterIsNextYears() {
		var january = new DateReader.Day(14, java.time.Month.JANUARY, null);
		assertThat(DateReader.resolve(january, LocalDate.of(2025, 12, 10))).isEqualTo(LocalDate.of(2026, 1, 14));
	}

	@Test
	void aDateShortlyBeforeTheLetterStaysInItsYear() {
		var october = new DateReader.Day(30, java.time.Month.OCTOBER, null);
		assertThat(DateReader.resolve(october, LocalDate.of(2015, 12, 14))).isEqualTo(LocalDate.of(2015, 10, 30));
	}

	@Test
	void readsADatelineOnlyWhenTheLineIsADate() {
		assertThat(DateReader.dateline("New York, 13 February 2018")).isEqualTo(LocalDate.of(2018, 2, 13));
		assertThat(DateReader.dateline("February 2, 2024")).isEqualTo(LocalDate.of(2024, 2, 2));
		assertThat(DateReader.dateline("Our second informal meeting will be held on 27-28 February 2018.")).isNull();
		assertThat(DateReader.dateline("Objectives 1-6")).isNull();
	}

	@Test
	void readsNoDateInNumbersThatAreNotDates() {
		assertThat(DateReader.mentions("Objectives 1-6 and decision 62/557 of the 70th session")).isEmpty();
	}

}
