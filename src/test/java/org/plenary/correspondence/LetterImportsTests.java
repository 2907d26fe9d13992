package org.plenary.correspondence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.Appointment;
import org.plenary.process.FacilitatorRole;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.MeetingStatus;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.VenueTaken;
import org.plenary.schedule.Venues;
import org.plenary.system.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PlenaryIntegrationTest
class LetterImportsTests {

	/** A letter of the co-chairs of a process, announcing two meetings in {year}. */
	static final String LETTER = """
			New York, 14 January %1$d

			Excellency,

			We have the honour to write to you in our capacity as Co-Chairs of the %2$s. Further to decision 78/565, \
			we wish to inform you that the next meetings will be held on 4 and 5 February %1$d from 10 a.m. to \
			1 p.m. in Conference Room 4, and will focus on working methods.

			We kindly ask that all delegations limit their interventions to a maximum of three minutes.

			Please accept, Excellency, the assurances of our highest consideration.

			Ana Ruiz
			Permanent Representative of Peru

			Lars Berg
			Permanent Representative of Norway
			""";

	@Autowired
	LetterImports imports;

	@Autowired
	ImportConfirmation confirmation;

	@Autowired
	Letters letters;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	Venues venues;

	@Test
	void storesTheLetterAndItsMeetingsOnlyOnceAPersonConfirms() throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var batch = read(upload(chair, file("letter.txt", letterOf(process, 2031))), chair);
		var file = batch.files().get(0);

		assertThat(file.status()).isEqualTo(ImportStatus.NEEDS_REVIEW);
		assertThat(this.letters.letters(process.id(), chair)).isEmpty();
		assertThat(this.programme.meetingsOf(process.id())).isEmpty();

		var details = this.confirmation.details(file.id(), chair);
		assertThat(details.extraction().meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2031, 2, 4), LocalDate.of(2031, 2, 5));
		assertThat(details.segments()).filteredOn((s) -> "meeting".equals(s.field()))
			.extracting(Highlights.Segment::text)
			.containsExactly("4 and 5 February 2031");
		assertThat(details.segments()).filteredOn((s) -> "date".equals(s.field()))
			.extracting(Highlights.Segment::text)
			.containsExactly("14 January 2031");
		assertThat(details.segments()).filteredOn((s) -> "venue".equals(s.field()))
			.extracting(Highlights.Segment::text)
			.containsExactly("Conference Room 4");
		assertThat(details.segments()).filteredOn((s) -> "reference".equals(s.field()))
			.extracting(Highlights.Segment::text)
			.containsExactly("78/565");
		assertThat(String.join("", details.segments().stream().map(Highlights.Segment::text).toList()))
			.as("the highlighted runs put together are the text")
			.startsWith("New York, 14 January 2031")
			.contains("Lars Berg");

		var letter = this.confirmation.confirm(file.id(), details.suggested().withProcess(process.id().value()), chair);

		assertThat(letter.status()).isEqualTo(LetterStatus.CIRCULATED);
		assertThat(letter.writtenOn()).isEqualTo(LocalDate.of(2031, 1, 14));
		assertThat(letter.kind()).isEqualTo(LetterKind.FACILITATORS);
		assertThat(letter.signatories()).extracting(Signatory::name).containsExactly("Ana Ruiz", "Lars Berg");
		assertThat(letter.references()).contains(new Reference(Reference.Kind.DECISION, "78/565"));
		assertThat(letter.paragraphs()).hasSize(2);
		assertThat(letter.programme()).extracting((m) -> m.slot().heldOn())
			.containsExactly(LocalDate.of(2031, 2, 4), LocalDate.of(2031, 2, 5));
		assertThat(this.programme.meetingsOf(process.id())).hasSize(2).allSatisfy((m) -> {
			assertThat(m.status()).isEqualTo(MeetingStatus.PROVISIONAL);
			assertThat(m.slot().startsAt()).isEqualTo(LocalTime.of(10, 0));
			assertThat(m.venueName()).isEqualTo("Conference Room 4");
			assertThat(m.note()).as("the public reads the letter, not the file it came in")
				.isEqualTo("Letter of 14 January 2031");
		});
		assertThat(this.imports.batch(batch.id(), chair).files().get(0)).satisfies((stored) -> {
			assertThat(stored.status()).isEqualTo(ImportStatus.IMPORTED);
			assertThat(stored.letter()).isEqualTo(letter.id());
		});
	}

	@Test
	void writesASignersMisspeltNameAsTheRegisterKnowsTheProcesssCoChairAndSaysHowSure() throws Exception {
		var process = aNewProcess();
		this.processes.appoint(process.id(),
				new Appointment(79, "Lars Bergqvist", null, FacilitatorRole.CO_CHAIR, "NOR", null),
				Actors.administrator());
		var chair = Actors.facilitatorOf(process.id().value());
		var misspelt = letterOf(process, 2031).replace("Lars Berg\n", "Lars Bergqvst\n");
		var file = read(upload(chair, file("letter.txt", misspelt)), chair).files().get(0);

		var details = this.confirmation.details(file.id(), chair);

		assertThat(details.suggested().senders()).extracting(Extraction.Sender::name)
			.containsExactly("Ana Ruiz", "Lars Bergqvist");
		assertThat(details.matchedSenders()).singleElement().satisfies((match) -> {
			assertThat(match.written()).isEqualTo("Lars Bergqvst");
			assertThat(match.person()).isEqualTo("Lars Bergqvist");
			assertThat(match.process()).isEqualTo(process.shortName());
			assertThat(match.session()).isEqualTo(79);
			assertThat(match.applied()).isTrue();
			assertThat(match.confidence()).isBetween(KnownPeople.APPLIED, 99);
		});
		assertThat(details.segments()).filteredOn((s) -> "sender".equals(s.field()))
			.extracting(Highlights.Segment::text)
			.as("the text shows where the letter wrote the name")
			.contains("Lars Bergqvst");
	}

	@Test
	void recordsTheMeetingsOfALetterOfThePastAsHeld() throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var file = read(upload(chair, file("2019.txt", letterOf(process, 2019))), chair).files().get(0);

		this.confirmation.confirm(file.id(),
				this.confirmation.details(file.id(), chair).suggested().withProcess(process.id().value()), chair);

		assertThat(this.programme.meetingsOf(process.id())).extracting((m) -> m.status())
			.containsExactly(MeetingStatus.HELD, MeetingStatus.HELD);
	}

	@Test
	void findsAMeetingAlreadyOnTheProgrammeInsteadOfAddingItTwice() throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var planned = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2032, 2, 4)), List.of(), LocalTime.of(10, 0),
					LocalTime.of(13, 0), "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null,
					null, true, true, null), chair)
			.meeting();
		var file = read(upload(chair, file("letter.txt", letterOf(process, 2032))), chair).files().get(0);

		var letter = this.confirmation.confirm(file.id(),
				this.confirmation.details(file.id(), chair).suggested().withProcess(process.id().value()), chair);

		assertThat(letter.programme()).extracting((m) -> m.id()).contains(planned.id());
		assertThat(this.programme.meetingsOf(process.id())).hasSize(2);
	}

	@Test
	void aMeetingTheReviewerMarksCancelledOrPostponedIsNotPutOnTheProgrammeAsAProvisionalOne() throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var planned = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2033, 2, 4)), List.of(), LocalTime.of(10, 0),
					LocalTime.of(13, 0), "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null,
					null, true, true, null), chair)
			.meeting();
		var file = read(upload(chair, file("letter.txt", letterOf(process, 2033))), chair).files().get(0);
		var suggested = this.confirmation.details(file.id(), chair).suggested();
		assertThat(suggested.meetings()).extracting(ImportReview.Meeting::status)
			.containsExactly(Extraction.Status.SCHEDULED, Extraction.Status.SCHEDULED);

		var meetings = suggested.meetings();
		var reviewed = new ImportReview(process.id().value(), null, suggested.date(), suggested.senders(),
				suggested.addressees(), suggested.references(),
				List.of(withStatus(meetings.get(0), Extraction.Status.CANCELLED),
						withStatus(meetings.get(1), Extraction.Status.POSTPONED)));
		var heldTooSoon = new ImportReview(process.id().value(), null, suggested.date(), suggested.senders(),
				suggested.addressees(), suggested.references(),
				List.of(withStatus(meetings.get(0), Extraction.Status.HELD)));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.confirmation.confirm(file.id(), heldTooSoon, chair))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("meetings[0].status"));
		var letter = this.confirmation.confirm(file.id(), reviewed, chair);

		assertThat(this.programme.meetingsOf(process.id())).as("the meeting of 5 February is not added")
			.extracting((m) -> m.id(), (m) -> m.status())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(planned.id(), MeetingStatus.CANCELLED));
		assertThat(letter.programme()).extracting((m) -> m.id()).containsExactly(planned.id());
	}

	@Test
	void aMeetingTheLetterSaysIsCancelledIsSuggestedSoAndCancelsTheProgrammesMeetingWithoutAddingOne()
			throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var planned = this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2034, 5, 11)), List.of(), LocalTime.of(10, 0),
					LocalTime.of(13, 0), "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null,
					null, true, true, null), chair)
			.meeting();
		var text = """
				New York, 2 May 2034

				Excellency,

				We write to you in our capacity as Co-Chairs of the %s. We regret to inform you that the informal \
				meeting scheduled for 11 May 2034 at 10 a.m. has been cancelled. The next informal meeting will be held \
				on 18 May 2034 at 10 a.m. in Conference Room 4.

				Please accept, Excellency, the assurances of our highest consideration.

				Ana Ruiz
				Permanent Representative of Peru
				"""
			.formatted(process.name());
		var file = read(upload(chair, file("cancelled.txt", text)), chair).files().get(0);
		var suggested = this.confirmation.details(file.id(), chair).suggested();

		assertThat(suggested.meetings()).extracting(ImportReview.Meeting::date, ImportReview.Meeting::status)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2034, 5, 11), Extraction.Status.CANCELLED),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2034, 5, 18), Extraction.Status.SCHEDULED));

		var letter = this.confirmation.confirm(file.id(), suggested.withProcess(process.id().value()), chair);

		assertThat(this.programme.meetingsOf(process.id())).extracting((m) -> m.slot().heldOn(), (m) -> m.status())
			.as("the planned meeting of 11 May is cancelled, none is added that day")
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2034, 5, 11), MeetingStatus.CANCELLED),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2034, 5, 18), MeetingStatus.PROVISIONAL));
		assertThat(letter.programme()).extracting((m) -> m.id()).contains(planned.id());
	}

	private static ImportReview.Meeting withStatus(ImportReview.Meeting m, Extraction.Status status) {
		return new ImportReview.Meeting(m.date(), m.start(), m.end(), m.venue(), m.format(), m.topic(), status);
	}

	@Test
	void aFileRunTogetherIntoOneLineIsStoredAsItsLettersTheCoverFirstEvenWhenCopiedAfterWhatItTransmits()
			throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		// OCR lost every line break, and the scan put the Co-Chairs' report before the
		// President's cover letter.
		var text = ("Review of mandates: Co-Chairs' interim report Prepared at the request of the President "
				+ "June 27, %1$d Mr. President: Your Co-Chairs wish to provide an interim report of our work on the %2$s. "
				+ "Over the past six months, Member States have worked intensively in informal plenary sessions. "
				+ "Respectfully, Ana Ruiz Permanent Representative of Peru Lars Berg Permanent Representative of Norway "
				+ "Co-Chairs His Excellency Mr. Omar Haddad President of the General Assembly United Nations "
				+ "THE PRESIDENT OF THE GENERAL ASSEMBLY 28 June %1$d Dear Colleague, Under the able leadership of the "
				+ "two Co-Chairs I designated, Member States have worked on the review of mandates. I have the honour "
				+ "to transmit herewith the interim report of the Co-Chairs. Please accept the assurances of my highest "
				+ "consideration. Omar Haddad\n")
			.formatted(2031, process.name());
		var file = read(upload(chair, file("one-line.txt", text)), chair).files().get(0);
		var details = this.confirmation.details(file.id(), chair);
		assertThat(details.letters()).isEqualTo(2);
		assertThat(details.enclosedDates()).containsExactly(LocalDate.of(2031, 6, 27));

		var review = new ImportReview(process.id().value(), null, LocalDate.of(2031, 6, 28),
				List.of(new Extraction.Sender("Omar Haddad", "President of the General Assembly", null),
						new Extraction.Sender("Ana Ruiz", "Co-Chair", "Peru"),
						new Extraction.Sender("Lars Berg", "Co-Chair", "Norway")),
				null, List.of(), List.of());
		var cover = this.confirmation.confirm(file.id(), review, chair);

		assertThat(cover.kind()).isEqualTo(LetterKind.TRANSMITTAL);
		assertThat(cover.writtenOn()).isEqualTo(LocalDate.of(2031, 6, 28));
		assertThat(cover.signatories()).extracting(Signatory::name).containsExactly("Omar Haddad");
		assertThat(cover.paragraphs()).anySatisfy((p) -> assertThat(p).contains("transmit herewith"));
		assertThat(cover.salutation()).as("as the letter greets").isEqualTo("Dear Colleague,");
		assertThat(String.join(" ", cover.paragraphs())).doesNotContain("Dear Colleague", "Please accept")
			.startsWith("Under the able leadership");
		var report = this.letters.letter(java.util.Objects.requireNonNull(cover.enclosure()), chair);
		assertThat(report.writtenOn()).isEqualTo(LocalDate.of(2031, 6, 27));
		assertThat(report.signatories()).extracting(Signatory::name).containsExactly("Ana Ruiz", "Lars Berg");
		assertThat(report.salutation()).isEqualTo("Mr. President:");
		assertThat(String.join(" ", report.paragraphs())).contains("interim report of our work")
			.doesNotContain("transmit herewith");
	}

	@Test
	void anEnclosedLetterIsStoredSayingToWhomItIsWrittenAndWhatItsSignersAreAsItSays() throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var text = """
				THE PRESIDENT
				OF THE
				GENERAL ASSEMBLY

				20 January 2035

				Excellency,

				I have the honour to transmit herewith a letter from the Co-Chairs of the %1$s.

				Please accept, Excellency, the assurances of my highest consideration.

				Omar Haddad

				All Permanent Representatives and
				Permanent Observers to the United Nations
				New York

				15 January 2035

				H.E. Mr. Omar Haddad
				President of the General Assembly
				United Nations, New York

				Excellency,

				We have the honour to write to you in our capacity as Co-Chairs of the %1$s, and to report on the \
				consultations held so far.

				Please accept, Excellency, the assurances of our highest consideration.

				Ana Ruiz                                  Lars Berg
				Co-Chair                                  Co-Chair
				Ambassador and Permanent Representative of Peru      Permanent Representative of Norway
				""".formatted(process.name());
		var file = read(upload(chair, file("enclosure.txt", text)), chair).files().get(0);
		var suggested = this.confirmation.details(file.id(), chair).suggested();
		assertThat(suggested.senders()).extracting(Extraction.Sender::name)
			.containsExactly("Omar Haddad", "Ana Ruiz", "Lars Berg");

		var cover = this.confirmation.confirm(file.id(), suggested.withProcess(process.id().value()), chair);

		assertThat(cover.addressees())
			.isEqualTo("All Permanent Representatives and Permanent Observers to the United Nations");
		var enclosed = this.letters.letter(java.util.Objects.requireNonNull(cover.enclosure()), chair);
		assertThat(enclosed.addressees()).isEqualTo("H.E. Mr. Omar Haddad, President of the General Assembly");
		assertThat(enclosed.signatories()).extracting(Signatory::name, Signatory::title, Signatory::role)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Ana Ruiz",
							"Co-Chair, Ambassador and Permanent Representative of Peru", "Co-Chair"),
					org.assertj.core.groups.Tuple.tuple("Lars Berg", "Co-Chair, Permanent Representative of Norway",
							"Co-Chair"));
	}

	@Test
	void storesTheSameLetterOnceHoweverOftenItIsImported() throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var text = letterOf(process, 2033);
		var twice = read(upload(chair, file("a.txt", text), file("b.txt", text.replace("\n", "\r\n"))), chair);

		assertThat(twice.files()).extracting(ImportFileView::status)
			.containsExactly(ImportStatus.NEEDS_REVIEW, ImportStatus.DUPLICATE);
		assertThat(twice.files().get(1).reason()).contains("a.txt");

		var first = twice.files().get(0);
		var letter = this.confirmation.confirm(first.id(),
				this.confirmation.details(first.id(), chair).suggested().withProcess(process.id().value()), chair);
		var again = read(upload(chair, file("again.txt", text)), chair).files().get(0);

		assertThat(again.status()).isEqualTo(ImportStatus.DUPLICATE);
		assertThat(again.letter()).isEqualTo(letter.id());
		assertThatExceptionOfType(AlreadyImported.class)
			.isThrownBy(
					() -> this.confirmation.confirm(again.id(),
							ImportReview.of(this.confirmation.details(first.id(), chair).extraction(),
									process.id().value()),
							chair))
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(409));
		assertThatExceptionOfType(AlreadyImported.class).isThrownBy(() -> this.confirmation.confirm(first.id(),
				ImportReview.of(this.confirmation.details(first.id(), chair).extraction(), process.id().value()),
				chair))
			.withMessageContaining("stored already");
		assertThat(this.letters.letters(process.id(), chair)).hasSize(1);
	}

	@Test
	void readsBackTheLettersPlenaryPrintsAsPdfAndWord() throws Exception {
		var gcm = this.processes.process("gcm");
		var printed = this.letters.letters(gcm.id(), Actor.anonymous())
			.stream()
			.filter((l) -> LocalDate.of(2018, 2, 15).equals(l.writtenOn()))
			.findFirst()
			.orElseThrow();
		var both = this.letters.withEnclosures(printed.id(), Actor.anonymous());
		var admin = Actors.administrator();

		var batch = read(upload(admin, new LetterImports.Upload("letters.pdf", this.print.pdf(both)),
				new LetterImports.Upload("letters.docx", this.print.docx(both))), admin);

		for (var file : batch.files()) {
			assertThat(file.status()).as(file.fileName() + ": " + file.reason()).isEqualTo(ImportStatus.NEEDS_REVIEW);
			var found = this.confirmation.details(file.id(), admin);
			assertThat(found.extraction().date()).as(file.fileName()).isEqualTo(LocalDate.of(2018, 2, 15));
			assertThat(found.extraction().letters()).as(file.fileName())
				.containsExactly(LocalDate.of(2018, 2, 15), LocalDate.of(2018, 2, 13));
			assertThat(found.extraction().meetings()).as(file.fileName())
				.extracting(Extraction.Meeting::date)
				.contains(LocalDate.of(2018, 2, 20), LocalDate.of(2018, 2, 22), LocalDate.of(2018, 2, 23));
			assertThat(found.extraction().senders()).as(file.fileName())
				.extracting(Extraction.Sender::name, Extraction.Sender::country)
				.contains(org.assertj.core.groups.Tuple.tuple("Miroslav Lajčák", null),
						org.assertj.core.groups.Tuple.tuple("Juan José Gómez Camacho", "Mexico"),
						org.assertj.core.groups.Tuple.tuple("Jürg Lauber", "Switzerland"));
			assertThat(found.extraction().meetings()).as("the first round's mornings, " + file.fileName())
				.extracting((m) -> m.date() + " " + m.start())
				.contains("2018-02-20 10:00");
			assertThat(found.suggested().process()).isEqualTo(gcm.id().value());
		}
	}

	@Autowired
	org.plenary.correspondence.print.LetterPrint print;

	@Test
	void findsASeedLetterOfTheDemoInTheArchiveAlready() throws Exception {
		var seed = new ClassPathResource("demo/letters/001_cfcaa1c9d0e21b1b.txt").getContentAsByteArray();

		var file = read(upload(Actors.administrator(), new LetterImports.Upload("seed.txt", seed)),
				Actors.administrator())
			.files()
			.get(0);

		assertThat(file.status()).isEqualTo(ImportStatus.DUPLICATE);
		assertThat(this.letters.letter(file.letter(), Actor.anonymous()).writtenOn())
			.isEqualTo(LocalDate.of(2015, 12, 14));
	}

	@Test
	void tellsWhyEachBadFileCannotBeReadAndReadsTheOthers() throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var batch = read(
				upload(chair, file("good.txt", letterOf(process, 2034)),
						new LetterImports.Upload("empty.txt", new byte[0]),
						new LetterImports.Upload("binary.txt", new byte[] { 'P', 'K', 0, 1, 2, 0, 0 }),
						new LetterImports.Upload("latin.txt",
								"Caf\u00e9 des d\u00e9l\u00e9gu\u00e9s".getBytes(StandardCharsets.ISO_8859_1)),
						new LetterImports.Upload("huge.txt", new byte[LetterFiles.MOST_BYTES + 1]),
						new LetterImports.Upload("scan.pdf", blankPdf()),
						new LetterImports.Upload("fake.docx", "not a Word file".getBytes(StandardCharsets.UTF_8)),
						file("undated.txt", "Excellency,\n\nWe write to invite you to the meetings of the process.\n")),
				chair);

		assertThat(batch.files()).extracting(ImportFileView::fileName, ImportFileView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("good.txt", ImportStatus.NEEDS_REVIEW),
					org.assertj.core.groups.Tuple.tuple("empty.txt", ImportStatus.FAILED),
					org.assertj.core.groups.Tuple.tuple("binary.txt", ImportStatus.FAILED),
					org.assertj.core.groups.Tuple.tuple("latin.txt", ImportStatus.FAILED),
					org.assertj.core.groups.Tuple.tuple("huge.txt", ImportStatus.FAILED),
					org.assertj.core.groups.Tuple.tuple("scan.pdf", ImportStatus.FAILED),
					org.assertj.core.groups.Tuple.tuple("fake.docx", ImportStatus.FAILED),
					org.assertj.core.groups.Tuple.tuple("undated.txt", ImportStatus.NEEDS_REVIEW));
		// A blank scan: read by OCR where Tesseract is installed, refused as such where
		// not.
		assertThat(batch.files().get(5).reason()).startsWith("The PDF has no text layer")
			.containsAnyOf("OCR found no words", "Tesseract OCR is not installed");
		assertThat(batch.files()).extracting(ImportFileView::reason)
			.containsExactly(null, "The file is empty.",
					"The Word document cannot be opened: it is damaged or not a .docx file.",
					"The text is not UTF-8 (another encoding, such as Windows-1252?): save it as UTF-8.",
					"The file is larger than 10 MB (10,485,761 bytes): a letter is smaller; is it the right file?",
					batch.files().get(5).reason(), "The file is named fake.docx but is not a DOCX.",
					"The letter states no date: give it before storing the letter.");
		assertThat(batch.count(ImportStatus.FAILED)).isEqualTo(6);

		var undated = batch.files().get(7);
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> this.confirmation.confirm(undated.id(),
				this.confirmation.details(undated.id(), chair).suggested().withProcess(process.id().value()), chair))
			.satisfies((refusal) -> assertThat(refusal.field()).isEqualTo("date"));
	}

	@Test
	void storesWithoutReviewTheLettersThatReadCompletelyWhenAsked() throws Exception {
		var seed = new ClassPathResource("demo/letters/002_c68e2c39948bf4b6.txt")
			.getContentAsString(StandardCharsets.UTF_8);
		var later = seed.replace("2017", "2035").replace("2016", "2034");

		var batch = read(this.imports.upload(
				List.of(file("complete.txt", later), file("undated.txt", "Excellency,\n\nWe write to you.\n")), true,
				Actors.administrator()), Actors.administrator());

		assertThat(batch.files()).extracting(ImportFileView::status)
			.containsExactly(ImportStatus.IMPORTED, ImportStatus.NEEDS_REVIEW);
		var letter = this.letters.letter(batch.files().get(0).letter(), Actor.anonymous());
		assertThat(this.processes.process(new org.plenary.process.ProcessId(letter.process())).slug()).isEqualTo("ign");
		assertThat(letter.writtenOn().getYear()).isEqualTo(2035);
	}

	@Test
	void refusesToStoreALetterInAProcessTheImporterDoesNotRun() throws Exception {
		var process = aNewProcess();
		var other = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var file = read(upload(chair, file("letter.txt", letterOf(process, 2036))), chair).files().get(0);

		assertThatExceptionOfType(NotYourProcess.class).isThrownBy(() -> this.confirmation.confirm(file.id(),
				this.confirmation.details(file.id(), chair).suggested().withProcess(other.id().value()), chair));

		assertThat(this.letters.letters(other.id(), Actors.administrator())).isEmpty();
		assertThat(this.confirmation.details(file.id(), chair).file().status()).isEqualTo(ImportStatus.NEEDS_REVIEW);
	}

	@Test
	void storesNothingWhenOneOfTheMeetingsCannotBePlanned() throws Exception {
		var process = aNewProcess();
		var other = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var room = this.venues.find("Conference Room 4").orElseThrow().id();
		this.programme.plan(new PlanMeetings(other.id(), List.of(LocalDate.of(2037, 2, 5)), List.of(),
				LocalTime.of(10, 0), LocalTime.of(13, 0), "briefing", room, MeetingMode.IN_PERSON, List.of(), null,
				null, null, null, true, true, null), Actors.administrator());
		var file = read(upload(chair, file("letter.txt", letterOf(process, 2037))), chair).files().get(0);

		assertThatExceptionOfType(VenueTaken.class)
			.isThrownBy(() -> this.confirmation.confirm(file.id(),
					this.confirmation.details(file.id(), chair).suggested().withProcess(process.id().value()), chair))
			.satisfies((refusal) -> assertThat(refusal.getBody().getProperties()).containsEntry("field",
					"meetings[1].venue"));

		assertThat(this.programme.meetingsOf(process.id())).as("not even the first meeting").isEmpty();
		assertThat(this.letters.letters(process.id(), chair)).isEmpty();
		assertThat(this.confirmation.details(file.id(), chair).file().status()).isEqualTo(ImportStatus.NEEDS_REVIEW);
	}

	@Test
	void createsTheProcessTheReviewerNames() throws Exception {
		var admin = Actors.administrator();
		var file = read(upload(admin, file("letter.txt", letterOf(aNewProcess(), 2038))), admin).files().get(0);
		var suggested = this.confirmation.details(file.id(), admin).suggested();
		var name = "Revitalization " + UUID.randomUUID().toString().substring(0, 6);

		var letter = this.confirmation.confirm(file.id(),
				new ImportReview(null,
						new NewProcess(name, "Revitalization of the work of the General Assembly", null, null),
						suggested.date(), suggested.senders(), null, List.of(), List.of()),
				admin);

		assertThat(this.processes.process(new org.plenary.process.ProcessId(letter.process())).shortName())
			.isEqualTo(name);
	}

	@Autowired
	org.plenary.system.ScannedPages scans;

	@Test
	void keepsTheImagesOfAScannedLettersPagesForItsReviewerAndCountsThemAsRead() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(this.scans.installed(), "Tesseract is not installed here");
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var text = letterOf(process, 2041);
		var pages = ScannedPdfs.pages(text).size();

		var batch = read(upload(chair, new LetterImports.Upload("scan.pdf", ScannedPdfs.scan(text)),
				file("letter.txt", letterOf(process, 2042))), chair, 240);

		assertThat(batch.scannedPages()).as("only the scan has pages kept").isEqualTo(pages);
		assertThat(batch.pagesRead()).isEqualTo(pages);
		var details = this.confirmation.details(batch.files().get(0).id(), chair);
		assertThat(details.scannedPages()).isEqualTo(pages);
		assertThat(details.extraction().meetings()).extracting(Extraction.Meeting::date)
			.containsExactly(LocalDate.of(2041, 2, 4), LocalDate.of(2041, 2, 5));
		var image = javax.imageio.ImageIO
			.read(new java.io.ByteArrayInputStream(this.confirmation.pageImage(batch.files().get(0).id(), 1, chair)));
		assertThat(image.getWidth()).as("an A4 page at 80 dots per inch").isBetween(640, 680);
		assertThat(this.confirmation.details(batch.files().get(1).id(), chair).scannedPages()).isZero();
		assertThatExceptionOfType(ImportNotFound.class)
			.isThrownBy(() -> this.confirmation.pageImage(batch.files().get(0).id(), pages + 1, chair));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.confirmation
			.pageImage(batch.files().get(0).id(), 1, Actors.facilitatorOf(aNewProcess().id().value())));
	}

	@Test
	void refusesUploadsFromDelegatesAndKeepsAnImportToItsUploader() throws Exception {
		var process = aNewProcess();
		var chair = Actors.facilitatorOf(process.id().value());
		var batch = upload(chair, file("letter.txt", letterOf(process, 2039)));

		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> upload(Actors.delegateOf("MEX"), file("letter.txt", "16 February 2018")));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.imports.batch(batch.id(),
				new Actor("another-chair", Actors.facilitatorOf(process.id().value()).grants())));
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.confirmation.details(batch.files().get(0).id(), Actor.anonymous()));
		assertThat(this.imports.batch(batch.id(), Actors.administrator()).files()).hasSize(1);
	}

	@Test
	void readsAfterARestartWhatWasLeftWaitingAndReportsWhatIsLost() {
		var admin = Actors.administrator();
		var batch = this.batchRepository.save(new ImportBatch(admin.username(),
				java.time.Instant.now().minus(java.time.Duration.ofHours(2)), false, 2));
		var kept = this.fileRepository.save(new ImportFile(batch.id(), 0, "kept.txt", 100));
		this.spool.put(kept.id(), LETTER.formatted(2040, "Consultations").getBytes(StandardCharsets.UTF_8));
		var lost = this.fileRepository.save(new ImportFile(batch.id(), 1, "lost.txt", 100));

		this.imports.resume(batch.id());

		assertThat(this.imports.batch(batch.id(), admin).files())
			.extracting(ImportFileView::status, ImportFileView::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ImportStatus.NEEDS_REVIEW, null),
					org.assertj.core.groups.Tuple.tuple(ImportStatus.FAILED,
							"Plenary stopped before reading this file: upload it again."));
		assertThat(lost.id()).isNotEqualTo(kept.id());
	}

	@Autowired
	ImportBatchRepository batchRepository;

	@Autowired
	ImportFileRepository fileRepository;

	@Autowired
	ImportSpool spool;

	private ImportBatchView upload(Actor actor, LetterImports.Upload... files) {
		return this.imports.upload(List.of(files), false, actor);
	}

	/** Waits for the background reading of a batch, as its page does. */
	private ImportBatchView read(ImportBatchView batch, Actor actor) throws InterruptedException {
		return read(batch, actor, 5);
	}

	/** Waits for a batch, up to a bound in seconds (OCR reads a scan's pages slowly). */
	private ImportBatchView read(ImportBatchView batch, Actor actor, int seconds) throws InterruptedException {
		var now = batch;
		for (int i = 0; i < seconds * 40 && !now.isDone(); i++) {
			Thread.sleep(25);
			now = this.imports.batch(batch.id(), actor);
		}
		assertThat(now.isDone()).as("the batch is read within %d seconds", seconds).isTrue();
		return now;
	}

	private static LetterImports.Upload file(String name, String text) {
		return new LetterImports.Upload(name, text.getBytes(StandardCharsets.UTF_8));
	}

	private static String letterOf(ProcessView process, int year) {
		return LETTER.formatted(year, process.name());
	}

	/**
	 * A process of its own for each test. Its name goes into letters that are scanned and
	 * read back by OCR: written in letters only, so that no random digit is read as part
	 * of a date or a decision's number.
	 */
	private ProcessView aNewProcess() {
		return this.processes.create(
				new NewProcess("Imp " + UUID.randomUUID().toString().substring(0, 8),
						"Consultations on " + lettersOnly(UUID.randomUUID().toString().substring(0, 8)), null, null),
				Actors.administrator());
	}

	private static String lettersOnly(String hex) {
		var out = new StringBuilder();
		for (var c : hex.toCharArray()) {
			out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
		}
		return out.toString();
	}

	private static byte[] blankPdf() throws Exception {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

}
