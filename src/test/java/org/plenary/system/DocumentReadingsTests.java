package org.plenary.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DocumentReadingsTests {

	private final DocumentReadings readings = new DocumentReadings();

	@Test
	void aPersonMayHaveTwoDocumentsReadAtOnceAndIsToldToWaitForAThird() {
		var third = this.readings.during("ana", () -> this.readings.during("ana", () -> {
			assertThat(this.readings.readingFor("ana")).isEqualTo(2);
			return org.assertj.core.api.Assertions.catchThrowableOfType(TooManyReadings.class,
					() -> this.readings.during("ana", () -> "read"));
		}));

		assertThat(third.getStatusCode().value()).isEqualTo(429);
		assertThat(third.detail()).contains("2 of your documents are being read already");
		assertThat(third.getHeaders().getFirst("Retry-After")).isEqualTo("5");
	}

	@Test
	void anotherPersonIsNotKeptWaiting() {
		var other = this.readings.during("ana",
				() -> this.readings.during("ana", () -> this.readings.during("ben", () -> "ben's letter")));

		assertThat(other).isEqualTo("ben's letter");
	}

	@Test
	void aReadingThatFailsIsNoLongerCounted() {
		assertThatExceptionOfType(UnreadableDocument.class)
			.isThrownBy(() -> this.readings.text(new byte[0], "empty.txt", "ana"));
		assertThat(this.readings.readingFor("ana")).isZero();
		assertThat(this.readings.text("a letter".getBytes(), "a.txt", "ana")).isEqualTo("a letter");
		assertThat(this.readings.readingFor("ana")).isZero();
	}

}
