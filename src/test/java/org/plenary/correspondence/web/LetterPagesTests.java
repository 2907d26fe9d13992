package org.plenary.correspondence.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.correspondence.LetterDraft;
import org.plenary.correspondence.LetterKind;
import org.plenary.correspondence.Letters;
import org.plenary.correspondence.Reference;
import org.plenary.correspondence.Signatory;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PlenaryIntegrationTest
class LetterPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Letters letters;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Test
	void theLettersPageOffersToWriteALetterForTheProcessesOneRuns() throws Exception {
		var process = aNewProcess();
		var facilitator = this.accounts.holding(Grant.facilitatorOf(process.id().value()));

		var page = this.mvc.perform(get("/letters").with(user(facilitator.username())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var anonymous = this.mvc.perform(get("/letters")).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("action=\"/letters/new\"")
			.contains("<option value=\"" + process.slug() + "\">")
			.contains(">Write a letter<")
			.doesNotContain("<option value=\"ign\">");
		assertThat(anonymous).doesNotContain("action=\"/letters/new\"");
	}

	@Test
	void aDraftIsDeletedByItsWritersAfterTheyConfirm() throws Exception {
		var process = aNewProcess();
		var draft = this.letters.compose(letter(process, List.of()), Actors.administrator());
		var facilitator = this.accounts.holding(Grant.facilitatorOf(process.id().value()));
		var mexico = this.accounts.holding(Grant.delegateOf("MEX"));

		this.mvc
			.perform(post("/letters/" + draft.id() + "/delete").param("confirmed", "true")
				.with(user(mexico.username()))
				.with(csrf()))
			.andExpect(status().isForbidden());
		var asked = this.mvc
			.perform(post("/letters/" + draft.id() + "/delete").with(user(facilitator.username())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asked).contains("Delete this draft letter?");
		assertThat(this.letters.letters(process.id(), Actors.administrator())).hasSize(1);

		this.mvc
			.perform(post("/letters/" + draft.id() + "/delete").param("confirmed", "true")
				.with(user(facilitator.username()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl())
				.isEqualTo("/letters?process=" + process.slug()));
		assertThat(this.letters.letters(process.id(), Actors.administrator())).isEmpty();
	}

	@Test
	void theMeetingsOfferedToALetterAreTheCurrentSessionsFirst() throws Exception {
		var process = aNewProcess();
		var past = meeting(process, LocalDate.of(2025, 3, 4));
		var later = meeting(process, LocalDate.of(2027, 10, 5));
		var current = meeting(process, LocalDate.of(2027, 3, 3));
		var draft = this.letters.compose(letter(process, List.of()), Actors.administrator());

		var form = this.mvc
			.perform(get("/letters/" + draft.id() + "/edit")
				.with(user(this.accounts.holding(Grant.facilitatorOf(process.id().value())).username())))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(form.indexOf(current.toString())).isPositive()
			.isLessThan(form.indexOf(later.toString()))
			.isLessThan(form.indexOf(past.toString()));
		assertThat(form.indexOf(later.toString())).isLessThan(form.indexOf(past.toString()));
	}

	@Test
	void aTransmittalAndTheLetterItEnclosesLinkEachOtherAndAreNamedForWhoSigns() throws Exception {
		var process = aNewProcess();
		var coChairs = List.of(new Signatory("Ana Ruiz", "Permanent Representative of Peru", "Co-Chair"),
				new Signatory("Lars Berg", "Permanent Representative of Norway", "Co-Chair"));
		var enclosed = this.letters.archive(new LetterDraft(LetterKind.FACILITATORS, process.id().value(),
				LocalDate.of(2031, 1, 14), "New York", LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
				List.of("We write to you."), coChairs, List.of(), null, List.of()), Actors.administrator());
		var transmittal = this.letters.archive(
				new LetterDraft(LetterKind.TRANSMITTAL, process.id().value(), LocalDate.of(2031, 1, 20), "New York",
						LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,",
						List.of("I have the honour to transmit herewith a letter dated 14 January 2031."),
						List.of(new Signatory("Annalena Baerbock", null, "President of the General Assembly")),
						List.of(new Reference(Reference.Kind.LETTER, "2031-01-14")), enclosed.id(), List.of()),
				Actors.administrator());

		var cover = Jsoup.parse(
				this.mvc.perform(get("/letters/" + transmittal.id())).andReturn().getResponse().getContentAsString());
		var french = Jsoup.parse(this.mvc.perform(get("/letters/" + enclosed.id()).header("Accept-Language", "fr"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(cover.select("dd a[href=/letters/" + enclosed.id() + "]").eachText())
			.as("what it encloses, and the letter its text refers to, are the Co-Chairs' letter")
			.containsExactly("Letter of the Co-Chairs, 14 January 2031", "letter of 14 January 2031");
		assertThat(french.selectFirst("h1").text()).isEqualTo("Lettre des coprésidents, 14 janvier 2031");
		assertThat(french.select("dd a[href=/letters/" + transmittal.id() + "]").eachText()).hasSize(1);
		assertThat(french.select("dt").eachText()).contains("Transmise par");
	}

	private MeetingId meeting(ProcessView process, LocalDate day) {
		return this.programme
			.plan(new PlanMeetings(process.id(), List.of(day), List.of(StandardSlot.MORNING), null, null,
					"informal meeting", null, MeetingMode.VIRTUAL, List.of(), null, null, null, null, true, true, null),
					Actors.administrator())
			.meeting()
			.id();
	}

	private ProcessView aNewProcess() {
		return this.processes.create(new NewProcess("LP" + UUID.randomUUID().toString().substring(0, 6),
				"A process for letters", null, null), Actors.administrator());
	}

	private static LetterDraft letter(ProcessView process, List<UUID> meetings) {
		return new LetterDraft(LetterKind.FACILITATORS, process.id().value(), LocalDate.of(2027, 2, 13), "New York",
				LetterDraft.ALL_PERMANENT_REPRESENTATIVES, "Excellency,", List.of("We write to you."),
				List.of(new Signatory("Jane Doe", null, null)), List.of(), null, meetings);
	}

}
