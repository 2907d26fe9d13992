package org.plenary.schedule;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlotTests {

	static final LocalDate NINETEENTH = LocalDate.of(2024, 11, 19);

	@Test
	void theMorningAndTheAfternoonDoNotOverlap() {
		assertThat(StandardSlot.MORNING.on(NINETEENTH).overlaps(StandardSlot.AFTERNOON.on(NINETEENTH))).isFalse();
	}

	@Test
	void overlappingTimesOnTheSameDayOverlap() {
		var morning = StandardSlot.MORNING.on(NINETEENTH);
		assertThat(morning.overlaps(new Slot(NINETEENTH, LocalTime.of(12, 0), LocalTime.of(14, 0)))).isTrue();
		assertThat(morning.overlaps(new Slot(NINETEENTH.plusDays(1), LocalTime.of(10, 0), LocalTime.of(13, 0))))
			.isFalse();
	}

	@Test
	void aMeetingAnnouncedAtTenWithoutAnEndTakesTheUsualThreeHours() {
		// Seed 001: "at 10am".
		var atTen = new Slot(NINETEENTH, LocalTime.of(10, 0), null);
		assertThat(atTen.effectiveEnd()).isEqualTo(LocalTime.of(13, 0));
		assertThat(atTen.overlaps(new Slot(NINETEENTH, LocalTime.of(12, 30), LocalTime.of(13, 30)))).isTrue();
		assertThat(atTen.overlaps(StandardSlot.AFTERNOON.on(NINETEENTH))).isFalse();
		assertThat(atTen.times()).isEqualTo("10:00");
	}

	@Test
	void aDayWithoutATimeOverlapsNothingYet() {
		// Seed 000: "27-29 March" in a provisional workplan.
		var day = Slot.allDayOf(NINETEENTH);
		assertThat(day.overlaps(StandardSlot.MORNING.on(NINETEENTH))).isFalse();
		assertThat(day.times()).isEmpty();
	}

	@Test
	void refusesAMeetingThatEndsBeforeItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Slot(NINETEENTH, LocalTime.of(13, 0), LocalTime.of(10, 0)))
			.withMessageContaining("ends after it starts");
	}

	@Test
	void refusesAnEndWithoutAStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Slot(NINETEENTH, null, LocalTime.of(13, 0)));
	}

}
