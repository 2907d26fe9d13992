package org.plenary.correspondence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.Venues;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The review of an imported letter as a form: a meeting the service refuses is refused at
 * its own row of the form, whichever rows before it were left empty.
 */
@PlenaryIntegrationTest
class ImportReviewPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@Autowired
	LetterImports imports;

	@Autowired
	Programme programme;

	@Autowired
	Venues venues;

	@Test
	void aMeetingMarkedHeldBeforeItsDayIsRefusedAtItsOwnRowsStatusWithWhatWasTyped() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var file = readFile(chair.username(), process, 2042);

		// Row 1 kept, row 2 left empty, row 3 "held" on a day to come: the service's
		// second meeting is the form's third row.
		var answer = this.mvc
			.perform(review(file, chair.username(), process).param("meetings[0].include", "true")
				.param("meetings[0].date", "2042-02-04")
				.param("meetings[0].start", "10:00")
				.param("meetings[0].status", "SCHEDULED")
				.param("meetings[1].date", "")
				.param("meetings[1].status", "SCHEDULED")
				.param("meetings[2].include", "true")
				.param("meetings[2].date", "2042-02-05")
				.param("meetings[2].venue", "Conference Room 4")
				.param("meetings[2].status", "HELD"))
			.andReturn()
			.getResponse();

		assertThat(answer.getStatus()).as("a refused form is shown again, as the letter form is").isEqualTo(200);
		var page = Jsoup.parse(answer.getContentAsString());
		var message = "Meeting 3 cannot have been held: 5 February 2042 has not come yet.";
		var status = page.getElementById("meeting-3-status");
		assertThat(status.attr("aria-invalid")).isEqualTo("true");
		assertThat(status.attr("aria-describedby")).isEqualTo("meetings[2].status-error");
		assertThat(status.select("option[selected]").attr("value")).as("what was typed").isEqualTo("HELD");
		assertThat(page.getElementById("meetings[2].status-error").text()).isEqualTo(message);
		assertThat(page.getElementById("meeting-3-venue").val()).isEqualTo("Conference Room 4");
		assertThat(page.getElementById("meeting-1-date").val()).isEqualTo("2042-02-04");
		assertThat(page.select(".error-summary a").eachAttr("href")).containsExactly("#meetings[2].status-error");
		assertThat(page.getElementById("meeting-1-status").hasAttr("aria-invalid")).isFalse();
		assertThat(page.getElementById("meeting-2-status").hasAttr("aria-invalid")).isFalse();
		assertThat(page.select("p.field-error[role=alert]")).as("no message stands alone at the top").isEmpty();
		assertThat(this.programme.meetingsOf(process.id())).isEmpty();
	}

	@Test
	void aLetterStoredWithoutMeetingsIsNotSaidToHavePutMeetingsOnTheProgramme() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var file = readFile(chair.username(), process, 2043);

		var stored = this.mvc.perform(review(file, chair.username(), process).param("date", "2043-01-14")).andReturn();

		assertThat(stored.getResponse().getRedirectedUrl()).startsWith("/letters/");
		assertThat(stored.getFlashMap().get("notice")).isEqualTo("importedWithoutMeetings");
		assertThat(this.programme.meetingsOf(process.id())).isEmpty();
	}

	@Test
	void aMeetingsDateOrTimesRefusedAreShownAtItsRow() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var file = readFile(chair.username(), process, 2044);

		var outOfRange = page(review(file, chair.username(), process).param("meetings[0].date", "")
			.param("meetings[1].include", "true")
			.param("meetings[1].date", "1900-02-05"));
		var endsFirst = page(review(file, chair.username(), process).param("meetings[0].date", "")
			.param("meetings[1].include", "true")
			.param("meetings[1].date", "2044-02-05")
			.param("meetings[1].start", "13:00")
			.param("meetings[1].end", "10:00"));
		var unreadable = page(review(file, chair.username(), process).param("meetings[0].include", "true")
			.param("meetings[0].date", "2044-02-04")
			.param("meetings[1].include", "true")
			.param("meetings[1].date", "2044-02-05")
			.param("meetings[1].start", "ten o'clock"));

		assertThat(outOfRange.getElementById("meeting-2-date").attr("aria-describedby"))
			.isEqualTo("meetings[1].date-error");
		assertThat(outOfRange.getElementById("meetings[1].date-error").text())
			.startsWith("Give a date between 1 January 1945 and 31 December 9999");
		assertThat(endsFirst.getElementById("meeting-2-end").attr("aria-invalid")).isEqualTo("true");
		assertThat(endsFirst.getElementById("meetings[1].end-error").text())
			.isEqualTo("Meeting 2 ends before it starts (13:00 to 10:00): correct one of the times.");
		assertThat(unreadable.getElementById("meeting-2-start").attr("aria-invalid")).isEqualTo("true");
		assertThat(unreadable.getElementById("meeting-2-start").val()).isEqualTo("ten o'clock");
		assertThat(unreadable.select(".error-summary a").eachAttr("href")).containsExactly("#meetings[1].start-error");
	}

	@Test
	void everyMistakeOfTheReviewIsShownAtOnceAndNothingIsStored() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var file = readFile(chair.username(), process, 2046);

		// The form's own mistake (an end before the start), the review's (held before its
		// day) and a signer's line that does not read, in one sending.
		var page = page(post("/letters/imports/files/" + file).with(user(chair.username()))
			.with(csrf())
			.param("process", process.id().value().toString())
			.param("date", "2046-01-14")
			.param("senders", "Ana Ruiz | | Peru | extra")
			.param("meetings[0].include", "true")
			.param("meetings[0].date", "2046-02-04")
			.param("meetings[0].start", "13:00")
			.param("meetings[0].end", "10:00")
			.param("meetings[1].include", "true")
			.param("meetings[1].date", "2046-02-05")
			.param("meetings[1].status", "HELD"));

		assertThat(page.select(".error-summary a").eachAttr("href")).as("in the order of the page")
			.containsExactly("#senders-error", "#meetings[0].end-error", "#meetings[1].status-error");
		assertThat(page.getElementById("meetings[0].end-error").text()).contains("ends before it starts");
		assertThat(page.getElementById("meetings[1].status-error").text())
			.isEqualTo("Meeting 2 cannot have been held: 5 February 2046 has not come yet.");
		assertThat(page.getElementById("senders-error").text()).contains("does not read so")
			.doesNotContain("Give at least one person");
		assertThat(page.getElementById("senders").val()).as("what was typed").isEqualTo("Ana Ruiz | | Peru | extra");
		assertThat(page.getElementById("senders").attr("aria-describedby").split(" ")).as("its hint and its error")
			.contains("senders-hint", "senders-error");
		assertThat(page.select("#meeting-2-status option[aria-invalid]")).as("the select is invalid, not its options")
			.isEmpty();
		assertThat(page.getElementById("meeting-1-end").val()).isEqualTo("10:00");
		assertThat(this.programme.meetingsOf(process.id())).isEmpty();
	}

	@Test
	void aMeetingWhoseRoomIsTakenIsRefusedAtItsOwnRowsRoom() throws Exception {
		var process = aNewProcess();
		var other = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var room = this.venues.find("Conference Room 4").orElseThrow().id();
		this.programme.plan(new PlanMeetings(other.id(), List.of(LocalDate.of(2045, 2, 5)), List.of(),
				LocalTime.of(10, 0), LocalTime.of(13, 0), "briefing", room, MeetingMode.IN_PERSON, List.of(), null,
				null, null, null, true, true, null), Actors.administrator());
		var file = readFile(chair.username(), process, 2045);

		var page = page(review(file, chair.username(), process).param("meetings[0].date", "")
			.param("meetings[1].include", "true")
			.param("meetings[1].date", "2045-02-04")
			.param("meetings[1].start", "10:00")
			.param("meetings[1].venue", "Conference Room 4")
			.param("meetings[2].include", "true")
			.param("meetings[2].date", "2045-02-05")
			.param("meetings[2].start", "11:00")
			.param("meetings[2].venue", "Conference Room 4"));

		var venue = page.getElementById("meeting-3-venue");
		assertThat(venue.attr("aria-invalid")).isEqualTo("true");
		assertThat(venue.val()).isEqualTo("Conference Room 4");
		assertThat(page.getElementById("meetings[2].venue-error").text()).contains("briefing");
		assertThat(page.getElementById("meeting-2-venue").hasAttr("aria-invalid")).isFalse();
		assertThat(this.programme.meetingsOf(process.id())).isEmpty();
	}

	@Test
	void aFileOfTwoLettersSaysTheDateIsTheCoverLettersAndWhatTheEnclosedOneKeeps() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var cover = """
				20 January 2047

				Excellency,

				I have the honour to transmit herewith a letter from the Co-Chairs of the %s regarding \
				the next meetings, which I trust will be of use to delegations.

				Please accept, Excellency, the assurances of my highest consideration.

				Dennis Francis
				President of the General Assembly

				""".formatted(process.name());
		var file = readFile(chair.username(), "two-letters.txt",
				cover + LetterImportsTests.LETTER.formatted(2047, process.name()));

		var answer = this.mvc.perform(get("/letters/imports/files/" + file).with(user(chair.username())))
			.andReturn()
			.getResponse();
		answer.setCharacterEncoding("UTF-8");
		var page = Jsoup.parse(answer.getContentAsString());

		assertThat(page.select("label[for=date]").text()).isEqualTo("Date of the cover letter");
		assertThat(page.getElementById("date").val()).isEqualTo("2047-01-20");
		assertThat(page.getElementById("date").attr("aria-describedby")).isEqualTo("date-hint");
		assertThat(page.getElementById("date-hint").text())
			.isEqualTo("The letters it encloses keep the date each states: 14 January 2047");
		assertThat(page.getElementById("senders").attr("aria-describedby")).contains("senders-letters");
		assertThat(page.getElementById("senders-letters").text()).contains("signs the cover letter");
	}

	@Test
	void aFileOfTwoLettersSaysToWhomTheEnclosedOneIsStoredAddressed() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var file = readFile(chair.username(), "to-the-president.txt", """
				20 January 2047

				Excellency,

				I have the honour to transmit herewith a letter from the Co-Chairs of the %1$s.

				Please accept, Excellency, the assurances of my highest consideration.

				Dennis Francis
				President of the General Assembly

				15 January 2047

				H.E. Mr. Dennis Francis
				President of the General Assembly

				Excellency,

				We write to you in our capacity as Co-Chairs of the %1$s.

				Please accept, Excellency, the assurances of our highest consideration.

				Ana Ruiz
				Co-Chair
				""".formatted(process.name()));

		var answer = this.mvc.perform(get("/letters/imports/files/" + file).with(user(chair.username())))
			.andReturn()
			.getResponse();
		answer.setCharacterEncoding("UTF-8");
		var page = Jsoup.parse(answer.getContentAsString());

		assertThat(page.getElementById("addressees").attr("aria-describedby")).isEqualTo("addressees-enclosed");
		assertThat(page.getElementById("addressees-enclosed").text()).isEqualTo(
				"The letters it encloses are stored addressed as each writes: H.E. Mr. Dennis Francis, President of the "
						+ "General Assembly");
	}

	@Test
	void aPresidentTheLetterDoesNotNameIsNotedAsTakenFromTheLetterhead() throws Exception {
		var chair = this.accounts.holding(Grant.facilitatorOf(aNewProcess().id().value()));
		var file = readFile(chair.username(), "letterhead.txt", ScannedFormsRulesTests.ON_THE_LETTERHEAD);

		var answer = this.mvc.perform(get("/letters/imports/files/" + file).with(user(chair.username())))
			.andReturn()
			.getResponse();
		answer.setCharacterEncoding("UTF-8");
		var page = Jsoup.parse(answer.getContentAsString());

		assertThat(page.getElementById("senders").val())
			.startsWith("Sam Kahamba Kutesa | President of the General Assembly |");
		assertThat(page.select("#senders-matches li").eachText()).containsExactly(
				"Sam Kahamba Kutesa: the letter is signed by no name Plenary can read, but it is on the President’s "
						+ "letterhead and written in the first person, so it is taken as signed by the President on its "
						+ "date, 69th session.");
	}

	@Test
	void aMeetingTheLetterSaysIsCancelledOrPostponedIsOfferedWithThatStatusChosen() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var file = readFile(chair.username(), "changes.txt", """
				2 May 2048

				Excellency,

				We write to you as Co-Chairs of the %s. The informal meeting scheduled for 11 May 2048 has been \
				cancelled, and the briefing of 14 May 2048 has been postponed to a later date. The next informal \
				meeting will be held on 18 May 2048 in Conference Room 4.

				Please accept, Excellency, the assurances of our highest consideration.

				Ana Ruiz
				Permanent Representative of Peru
				""".formatted(process.name()));

		var answer = this.mvc.perform(get("/letters/imports/files/" + file).with(user(chair.username())))
			.andReturn()
			.getResponse();
		answer.setCharacterEncoding("UTF-8");
		var page = Jsoup.parse(answer.getContentAsString());

		assertThat(List.of(1, 2, 3))
			.extracting((n) -> page.getElementById("meeting-" + n + "-date").val() + " "
					+ page.select("#meeting-" + n + "-status option[selected]").text())
			.containsExactly("2048-05-11 cancelled", "2048-05-14 postponed", "2048-05-18 provisional");
	}

	@Test
	void theBatchSaysItsUploadTimeIsNewYorks() throws Exception {
		var chair = this.accounts.holding(Grant.facilitatorOf(aNewProcess().id().value()));
		var upload = new MockMultipartFile("files", "letter.txt", "text/plain",
				"3 March 2031\n\nExcellency,\n".getBytes(StandardCharsets.UTF_8));
		var batch = this.mvc
			.perform(multipart("/letters/imports").file(upload).with(user(chair.username())).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		for (var language : List.of("en|(New York time)", "fr|(heure de New York)", "zh|（纽约时间）")) {
			var answer = this.mvc
				.perform(get(batch).with(user(chair.username())).header("Accept-Language", language.split("\\|")[0]))
				.andReturn()
				.getResponse();
			answer.setCharacterEncoding("UTF-8");
			assertThat(Jsoup.parse(answer.getContentAsString()).select("h1").text()).contains(language.split("\\|")[1]);
		}
	}

	/** The review's form as posted, with the letter's own fields filled in. */
	@Test
	void aRefusedReviewIsExplainedInThePagesLanguageWithItsDatesAsTheLanguageWritesThem() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var file = readFile(chair.username(), process, 2047);

		var french = page(mistakes(file, chair.username(), process).header("Accept-Language", "fr"));
		var arabic = page(mistakes(file, chair.username(), process).header("Accept-Language", "ar"));

		assertThat(french.getElementById("meetings[0].end-error").text())
			.isEqualTo("La séance 1 se termine avant de commencer (13:00 – 10:00) : corrigez l’une des heures.");
		assertThat(french.getElementById("meetings[1].status-error").text())
			.isEqualTo("La séance 2 ne peut pas avoir été tenue : le 5 février 2047 n’est pas encore arrivé.");
		assertThat(french.getElementById("senders-error").text()).isEqualTo(
				"Écrivez un signataire sous la forme « Nom | Fonction | État » : « Ana Ruiz | | Peru | extra » ne se lit pas ainsi.");
		assertThat(french.select(".error-summary li").eachText()).as("the summary says the same, in page order")
			.hasSize(3)
			.allSatisfy((line) -> assertThat(line).doesNotContain("meeting", "Write a", "2047-02-05"));
		assertThat(french.select("mark.hl-meeting").eachAttr("title")).as("what each highlight is, in French")
			.isNotEmpty()
			.allSatisfy((title) -> assertThat(title).startsWith("Séance"));
		assertThat(arabic.getElementById("meetings[1].status-error").text()).contains("الجلسة 2", "فبراير 2047")
			.doesNotContain("2047-02-05");
		assertThat(arabic.getElementById("meetings[1].status-error").text()).doesNotContainPattern("[A-Za-z]{3,}");
	}

	@Test
	void theBatchSaysWhatToDoWithEachFileInThePagesLanguage() throws Exception {
		var process = aNewProcess();
		var chair = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var undated = new MockMultipartFile("files", "undated.txt", "text/plain",
				LetterImportsTests.LETTER.formatted(2048, process.name())
					.replaceAll("\\d{1,2} January 2048", "")
					.getBytes(StandardCharsets.UTF_8));
		var empty = new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]);
		var location = this.mvc
			.perform(multipart("/letters/imports").file(undated).file(empty).with(user(chair.username())).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var batch = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		for (int i = 0; i < 200 && !this.imports.batch(batch, Actors.administrator()).isDone(); i++) {
			Thread.sleep(25);
		}

		var page = page(get(location).with(user(chair.username())).header("Accept-Language", "fr"));

		var rows = page.select("tbody tr");
		assertThat(rows.get(0).select("td").get(3).text())
			.startsWith("La lettre n’indique aucune date : indiquez-la avant d’enregistrer la lettre.");
		assertThat(rows.get(0).select("td.number").text()).isEqualTo("1 Ko");
		assertThat(rows.get(1).select("td").get(3).text()).isEqualTo("Le fichier est vide.");
		assertThat(rows.get(1).select("td.number").text()).isEqualTo("vide");
	}

	private MockHttpServletRequestBuilder mistakes(UUID file, String username, ProcessView process) {
		return post("/letters/imports/files/" + file).with(user(username))
			.with(csrf())
			.param("process", process.id().value().toString())
			.param("date", "2047-01-14")
			.param("senders", "Ana Ruiz | | Peru | extra")
			.param("meetings[0].include", "true")
			.param("meetings[0].date", "2047-02-04")
			.param("meetings[0].start", "13:00")
			.param("meetings[0].end", "10:00")
			.param("meetings[1].include", "true")
			.param("meetings[1].date", "2047-02-05")
			.param("meetings[1].status", "HELD");
	}

	private MockHttpServletRequestBuilder review(UUID file, String username, ProcessView process) {
		return post("/letters/imports/files/" + file).with(user(username))
			.with(csrf())
			.param("process", process.id().value().toString())
			.param("date", "2042-01-14")
			.param("senders", "Ana Ruiz | | Peru");
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		var answer = this.mvc.perform(request).andReturn().getResponse();
		assertThat(answer.getStatus()).isEqualTo(200);
		answer.setCharacterEncoding("UTF-8");
		return Jsoup.parse(answer.getContentAsString());
	}

	/** A letter of the process announcing two meetings, uploaded and read for review. */
	private UUID readFile(String username, ProcessView process, int year) throws Exception {
		return readFile(username, "letter-%d.txt".formatted(year),
				LetterImportsTests.LETTER.formatted(year, process.name()));
	}

	/** A file of the given text, uploaded and read for review. */
	private UUID readFile(String username, String fileName, String text) throws Exception {
		var upload = new MockMultipartFile("files", fileName, "text/plain", text.getBytes(StandardCharsets.UTF_8));
		var location = this.mvc.perform(multipart("/letters/imports").file(upload).with(user(username)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var batch = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		var read = this.imports.batch(batch, Actors.administrator());
		for (int i = 0; i < 200 && !read.isDone(); i++) {
			Thread.sleep(25);
			read = this.imports.batch(batch, Actors.administrator());
		}
		assertThat(read.isDone()).as("the file is read").isTrue();
		assertThat(read.files().get(0).status()).isEqualTo(ImportStatus.NEEDS_REVIEW);
		return read.files().get(0).id();
	}

	private ProcessView aNewProcess() {
		return this.processes.create(
				new NewProcess("Rev " + UUID.randomUUID().toString().substring(0, 8),
						"Consultations reviewed " + UUID.randomUUID().toString().substring(0, 8), null, null),
				Actors.administrator());
	}

}
