package org.plenary.schedule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VenuesKeyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Trusteeship Council Chamber|trusteeship council",
					"the Trusteeship Council Chamber|trusteeship council", "Trusteeship Council|trusteeship council",
					"Conference Room 4|conference room 4", "CR 4|conference room 4", "CR4|conference room 4",
					"Conf. Room 4|conference room 4", "Conference Rm 4|conference room 4", "ECOSOC Chamber|ecosoc",
					"Economic and Social Council Chamber|ecosoc" })
	void readsARoomHoweverALetterWritesIt(String written, String key) {
		assertThat(Venues.key(written)).isEqualTo(key);
	}

	@org.junit.jupiter.api.Test
	void roomsAreListedWithTheirNumbersCounted() {
		var rooms = new java.util.ArrayList<>(java.util.List.of("Conference Room 10", "Conference Room 2",
				"conference room 1", "Conference Room A", "Conference Room 12", "ECOSOC Chamber"));
		rooms.sort(Venues::byNameWithNumbers);
		assertThat(rooms).containsExactly("conference room 1", "Conference Room 2", "Conference Room 10",
				"Conference Room 12", "Conference Room A", "ECOSOC Chamber");
	}

}
