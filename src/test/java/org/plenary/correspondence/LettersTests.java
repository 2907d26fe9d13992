package org.plenary.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.Slot;
import org.plenary.schedule.StandardSlot;
import org.plenary.system.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenary.identity.Actors.administrator;
import static org.plenary.identity.Actors.delegateOf;
import static org.plenary.identity.Actors.facilitatorOf;
import static org.plenary.identity.Actors.pgaOffice;

@PlenaryIntegrationTest
@ExtendWith(PublishedEventsExtension.class)
class LettersTests {

	@Autowired
	Letters letters;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Test
	void takesTheFacilitatorsLetterFromDraftThroughSignatureToCirculation(AssertablePublishedEvents events) {
		var process = aNewProcess();
		var facilitator = facilitatorOf(process.id().value());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2034, 3, 7)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					false, null), facilitator)
			.meeting();

		var draft = this.letters.compose(facilitatorsLetter(process, List.of(meeting.id().value())), facilitator);
		var signed = this.letters.sign(draft.id(), facilitator);
		var circulated = this.letters.circulate(draft.id(), facilitator);

		assertThat(draft.status()).isEqualTo(LetterStatus.DRAFT);
		assertThat(signed.signedAt()).isNotNull();
		assertThat(circulated.status()).isEqualTo(LetterStatus.CIRCULATED);
		assertThat(circulated.closing())
			.isEqualTo("Please accept, Excellency, the assurances of our highest consideration.");
		assertThat(circulated.dateline()).isEqualTo("New York, 13 February 2034");
		assertThat(circulated.programme()).extracting((m) -> m.id()).containsExactly(meeting.id());
		assertThat(this.letters.announcing(meeting.id(), delegateOf("MEX"))).extracting(LetterView::id)
			.containsExactly(draft.id());
		assertThat(events.ofType(LetterCirculated.class)
			.matching((e) -> e.letter().equals(draft.id()) && e.meetings().equals(List.of(meeting.id().value()))))
			.hasSize(1);
	}

	@Test
	void refusesToChangeACirculatedLetterAndDraftsACorrectionThatRefersToIt() {
		var process = aNewProcess();
		var facilitator = facilitatorOf(process.id().value());
		var letter = this.letters.compose(facilitatorsLetter(process, List.of()), facilitator);
		this.letters.sign(letter.id(), facilitator);
		var circulated = this.letters.circulate(letter.id(), facilitator);

		assertThatExceptionOfType(LetterClosed.class)
			.isThrownBy(() -> this.letters.revise(letter.id(), facilitatorsLetter(process, List.of()),
					circulated.version(), facilitator))
			.withMessageContaining("Write a correction");
		var correction = this.letters.correct(letter.id(), facilitator);

		assertThat(correction.corrects()).isEqualTo(letter.id());
		assertThat(correction.status()).isEqualTo(LetterStatus.DRAFT);
		assertThat(correction.paragraphs()).isEqualTo(circulated.paragraphs());
	}

	@Test
	void showsTheProgrammeAsItWasCirculatedAndADraftsAsItIsNow() {
		var process = aNewProcess();
		var facilitator = facilitatorOf(process.id().value());
		var meeting = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2034, 4, 4)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), "Objectives 1-6", null, null,
					null, true, false, null), facilitator)
			.meeting();
		var circulated = this.letters.compose(facilitatorsLetter(process, List.of(meeting.id().value())), facilitator);
		this.letters.sign(circulated.id(), facilitator);
		this.letters.circulate(circulated.id(), facilitator);
		var draft = this.letters.compose(facilitatorsLetter(process, List.of(meeting.id().value())), facilitator);

		this.programme.postpone(meeting.id(),
				new Slot(LocalDate.of(2034, 4, 6), LocalTime.of(15, 0), LocalTime.of(18, 0)),
				"The room is needed for the Security Council", null, facilitator);

		assertThat(this.letters.letter(circulated.id(), delegateOf("MEX")).programme())
			.extracting((m) -> m.slot().toString(), (m) -> m.subject())
			.containsExactly(tuple("2034-04-04 10:00–13:00", "Objectives 1-6"));
		assertThat(this.letters.letter(draft.id(), facilitator).programme()).extracting((m) -> m.slot().toString())
			.containsExactly("2034-04-06 15:00–18:00");
	}

	@Test
	void refusesASignatoryForADelegationNotInTheRegister() {
		var process = aNewProcess();
		var draft = new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), null,
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", List.of("We write to you."),
				List.of(new Signatory("Jürg Lauber", null, "Co-facilitator", "CHE"),
						new Signatory("Someone", null, "Co-facilitator", "XYZ")),
				List.of(), null, List.of());

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.letters.compose(draft, administrator()))
			.satisfies((refusal) -> assertThat(refusal.reason())
				.isEqualTo("Someone signs for XYZ, which is not a delegation of the register."));
		assertThat(this.letters.letters(process.id(), administrator())).isEmpty();
	}

	@Test
	void refusesToSignALetterNobodySigns() {
		var process = aNewProcess();
		var unsigned = new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), null,
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", List.of("We write to you."), List.of(),
				List.of(), null, List.of());
		var letter = this.letters.compose(unsigned, administrator());

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.letters.sign(letter.id(), administrator()));
		assertThat(this.letters.letter(letter.id(), administrator()).status()).isEqualTo(LetterStatus.DRAFT);
	}

	@Test
	void refusesALetterForAnotherProcess() {
		var process = aNewProcess();
		var other = aNewProcess();

		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(
				() -> this.letters.compose(facilitatorsLetter(process, List.of()), facilitatorOf(other.id().value())));
		assertThat(this.letters.letters(process.id(), administrator())).isEmpty();
	}

	@Test
	void leavesThePresidentsLettersToTheOffice() {
		var process = aNewProcess();
		var transmittal = new LetterDraft(LetterKind.TRANSMITTAL, process.id().value(), LocalDate.of(2018, 2, 14), null,
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
				List.of("I have the honour to transmit herewith a letter from the Co-facilitators."),
				List.of(new Signatory("Miroslav Lajčák", null, null)), List.of(), null, List.of());

		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.letters.compose(transmittal, facilitatorOf(process.id().value())));
		assertThat(this.letters.compose(transmittal, pgaOffice()).letterhead()).isTrue();
	}

	@Test
	void refusesAMeetingOfAnotherProcessInTheProgramme() {
		var process = aNewProcess();
		var other = aNewProcess();
		var meeting = this.programme
			.plan(new PlanMeetings(other.id(), List.of(LocalDate.of(2034, 3, 9)), List.of(StandardSlot.AFTERNOON), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					false, null), administrator())
			.meeting();

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(
				() -> this.letters.compose(facilitatorsLetter(process, List.of(meeting.id().value())), administrator()))
			.satisfies((refusal) -> assertThat(refusal.getBody().getProperties().toString()).contains("field=programme",
					"Meeting %s is not on the programme of this letter's process.".formatted(meeting.id())));
	}

	@Test
	void showsDraftsOnlyToThoseWhoMayWriteThem() {
		var process = aNewProcess();
		var draft = this.letters.compose(facilitatorsLetter(process, List.of()), administrator());
		Actor delegate = delegateOf("MEX");

		assertThatExceptionOfType(LetterNotFound.class).isThrownBy(() -> this.letters.letter(draft.id(), delegate));
		assertThat(this.letters.letters(process.id(), delegate)).isEmpty();
		assertThat(this.letters.letters(process.id(), facilitatorOf(process.id().value()))).hasSize(1);
	}

	@Test
	void refusesARevisionOfAVersionSomeoneElseChanged() {
		var process = aNewProcess();
		var draft = this.letters.compose(facilitatorsLetter(process, List.of()), administrator());
		this.letters.revise(draft.id(), facilitatorsLetter(process, List.of()), draft.version(), administrator());

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.letters
			.revise(draft.id(), facilitatorsLetter(process, List.of()), draft.version(), administrator()));
	}

	@Test
	void refusesATransmittalWhileItsSessionHasNoPresidentOnRecordSayingHowToRecordOne() {
		var process = aNewProcess();
		var in81st = transmittal(process, LocalDate.of(2026, 12, 10));
		var noSession = transmittal(process, LocalDate.of(1999, 2, 14));

		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.letters.compose(in81st, pgaOffice()))
			.withMessageContaining("No President is recorded for the 81st session")
			.withMessageContaining("Record the President");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.letters.compose(noSession, pgaOffice()))
			.withMessageContaining("No session of the General Assembly is recorded for 14 February 1999");
		var in72nd = this.letters.compose(transmittal(process, LocalDate.of(2018, 2, 14)), pgaOffice());
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.letters.revise(in72nd.id(), in81st, in72nd.version(), pgaOffice()));
		assertThat(this.letters.letters(process.id(), administrator())).hasSize(1);
	}

	@Test
	void deletesADraftForItsWritersOnlyAndKeepsSignedLetters() {
		var process = aNewProcess();
		var draft = this.letters.compose(facilitatorsLetter(process, List.of()), facilitatorOf(process.id().value()));
		var signed = this.letters
			.sign(this.letters.compose(facilitatorsLetter(process, List.of()), administrator()).id(), administrator());
		var other = aNewProcess();

		assertThatExceptionOfType(NotYourProcess.class)
			.isThrownBy(() -> this.letters.discard(draft.id(), facilitatorOf(other.id().value())));
		assertThatExceptionOfType(org.plenary.system.Refusal.class)
			.isThrownBy(() -> this.letters.discard(draft.id(), delegateOf("MEX")))
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(403));
		assertThatExceptionOfType(LetterClosed.class)
			.isThrownBy(() -> this.letters.discard(signed.id(), administrator()));

		this.letters.discard(draft.id(), facilitatorOf(process.id().value()));
		assertThat(this.letters.letters(process.id(), administrator())).extracting(LetterView::id)
			.containsExactly(signed.id());
	}

	private static LetterDraft transmittal(ProcessView process, LocalDate day) {
		return new LetterDraft(LetterKind.TRANSMITTAL, process.id().value(), day, null,
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
				List.of("I have the honour to transmit herewith a letter from the Co-facilitators."),
				List.of(new Signatory("The President", null, null)), List.of(), null, List.of());
	}

	private ProcessView aNewProcess() {
		return this.processes.create(
				new NewProcess("L" + UUID.randomUUID().toString().substring(0, 6), "A process for letters", null, null),
				administrator());
	}

	private static LetterDraft facilitatorsLetter(ProcessView process, List<UUID> meetings) {
		return new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2034, 2, 13), "New York",
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
				List.of("We have the honour to write to you in our capacity as co-facilitators.",
						"We look forward to your active participation."),
				List.of(new Signatory("Jürg Lauber", "Permanent Representative of Switzerland", "Co-facilitator"),
						new Signatory("Juan José Gómez Camacho", "Permanent Representative of Mexico",
								"Co-facilitator")),
				List.of(new Reference(Reference.Kind.RESOLUTION, "71/1")), null, meetings);
	}

}
