package org.plenary.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.process.ProcessId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlanMeetingsTests {

	static final ProcessId IGN = new ProcessId(UUID.randomUUID());

	@Test
	void nineteenthAndTwentyFirstNovemberBothSlotsMakeFourMeetings() {
		var plan = plan(List.of(LocalDate.of(2024, 11, 21), LocalDate.of(2024, 11, 19)),
				List.of(StandardSlot.AFTERNOON, StandardSlot.MORNING), null);
		assertThat(plan.allSlots()).extracting(Slot::toString)
			.containsExactly("2024-11-19 10:00–13:00", "2024-11-19 15:00–18:00", "2024-11-21 10:00–13:00",
					"2024-11-21 15:00–18:00");
	}

	@Test
	void withoutSlotsTheMeetingsHaveTheGivenTimeOrNone() {
		assertThat(plan(List.of(LocalDate.of(2016, 2, 3)), List.of(), LocalTime.of(10, 0)).allSlots())
			.extracting(Slot::toString)
			.containsExactly("2016-02-03 10:00");
		assertThat(plan(List.of(LocalDate.of(2018, 3, 27)), List.of(), null).allSlots()).extracting(Slot::hasTimes)
			.containsExactly(false);
	}

	@Test
	void refusesSlotsAndTimesTogether() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> plan(List.of(LocalDate.of(2024, 11, 19)), List.of(StandardSlot.MORNING), LocalTime.of(9, 0)));
	}

	@Test
	void refusesAPlanWithoutDates() {
		assertThatIllegalArgumentException().isThrownBy(() -> plan(List.of(), List.of(StandardSlot.MORNING), null));
	}

	@Test
	void refusesMoreThanSixtyMeetingsAtOnce() {
		var days = java.util.stream.IntStream.range(0, 31)
			.mapToObj((i) -> LocalDate.of(2030, 1, 1).plusDays(i))
			.toList();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> plan(days, List.of(StandardSlot.MORNING, StandardSlot.AFTERNOON), null));
	}

	static PlanMeetings plan(List<LocalDate> dates, List<StandardSlot> slots, LocalTime startsAt) {
		return new PlanMeetings(IGN, dates, slots, startsAt, null, "1st IGN Plenary", null, MeetingMode.IN_PERSON,
				List.of(), null, null, null, null, true, false, null);
	}

}
