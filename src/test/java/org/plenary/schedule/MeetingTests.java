package org.plenary.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.process.ProcessId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeetingTests {

	static final Instant NOW = Instant.parse("2024-11-01T15:00:00Z");

	static final LocalDate NINETEENTH = LocalDate.of(2024, 11, 19);

	static Meeting firstIgnPlenary() {
		var details = new MeetingDetails("1st IGN Plenary", StandardSlot.MORNING.on(NINETEENTH), null,
				MeetingMode.IN_PERSON, List.of(), "Categories of membership", null, null, null, true);
		return new Meeting(new ProcessId(UUID.randomUUID()), details, MeetingStatus.PROVISIONAL, NOW);
	}

	@Test
	void aHeldMeetingCannotBeCancelled() {
		var meeting = firstIgnPlenary();
		meeting.markHeld(NINETEENTH, NOW);
		assertThatExceptionOfType(MeetingClosed.class).isThrownBy(() -> meeting.cancel("Too late", NOW))
			.satisfies((e) -> assertThat(e.getBody().getDetail()).isEqualTo("A held meeting cannot change."));
	}

	@Test
	void aCancelledMeetingIsReplacedNotChanged() {
		var meeting = firstIgnPlenary();
		var cancelled = meeting.cancel("Trusteeship Council Chamber unavailable", NOW);
		assertThat(cancelled.reason()).isEqualTo("Trusteeship Council Chamber unavailable");
		assertThatExceptionOfType(MeetingClosed.class)
			.isThrownBy(() -> meeting.change(meeting.details().at(StandardSlot.AFTERNOON.on(NINETEENTH)), NOW));
	}

	@Test
	void isNotHeldBeforeItsDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> firstIgnPlenary().markHeld(NINETEENTH.minusDays(1), NOW));
	}

	@Test
	void onlyAProvisionalMeetingIsConfirmed() {
		var meeting = firstIgnPlenary();
		meeting.confirm(NOW);
		assertThat(meeting.status()).isEqualTo(MeetingStatus.CONFIRMED);
		assertThatExceptionOfType(MeetingClosed.class).isThrownBy(() -> meeting.confirm(NOW));
	}

	@Test
	void raisesItsSequenceOnEveryChangeAndOnlyThen() {
		var meeting = firstIgnPlenary();
		assertThat(meeting.change(meeting.details(), NOW)).isEmpty();
		assertThat(meeting.toView(names()).sequence()).isZero();

		var changes = meeting.change(meeting.details().at(StandardSlot.AFTERNOON.on(NINETEENTH)), NOW);

		assertThat(changes).containsExactly("time 10:00–13:00 → 15:00–18:00");
		assertThat(meeting.toView(names()).sequence()).isEqualTo(1);
	}

	@Test
	void postponedWithoutADateItNoLongerHoldsItsSlot() {
		var meeting = firstIgnPlenary();
		meeting.postponeTo(null, NOW);
		assertThat(meeting.status()).isEqualTo(MeetingStatus.POSTPONED);
		assertThat(meeting.occupies(StandardSlot.MORNING.on(NINETEENTH))).isFalse();
	}

	@Test
	void postponedToANewDayItMovesThere() {
		var meeting = firstIgnPlenary();
		meeting.postponeTo(StandardSlot.MORNING.on(NINETEENTH.plusDays(7)), NOW);
		assertThat(meeting.slot().heldOn()).isEqualTo(LocalDate.of(2024, 11, 26));
		assertThat(meeting.status()).isEqualTo(MeetingStatus.PROVISIONAL);
	}

	@Test
	void refusesAVirtualMeetingInARoom() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MeetingDetails("informal meeting", StandardSlot.MORNING.on(NINETEENTH),
					new VenueId(UUID.randomUUID()), MeetingMode.VIRTUAL, List.of(), null, null, null, null, true));
	}

	static MeetingView.Names names() {
		return new MeetingView.Names() {
			@Override
			public MeetingView.ProcessName process(ProcessId process) {
				return new MeetingView.ProcessName("IGN", "Intergovernmental Negotiations", "ign");
			}

			@Override
			public String venue(VenueId venue) {
				return "Trusteeship Council Chamber";
			}

			@Override
			public String topic(ProcessId process, UUID topic) {
				return "Categories of membership";
			}
		};
	}

}
