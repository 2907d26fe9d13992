package org.plenary.text;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.system.DocumentReadings;
import org.plenary.system.WordDiff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revision the co-facilitators issue from their own Word file keeps the lineage of the
 * paragraphs before it: read back unchanged, it compares as identical; with one word
 * changed, as that one word; and a paragraph's history follows it through renumbering.
 */
@PlenaryIntegrationTest
class LineageFromWordTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Autowired
	DocumentReadings readings;

	@Test
	void aRevisionExportedToWordAndReadBackComparesAsIdentical() throws Exception {
		var setup = zeroDraftIssued();
		var word = this.mvc.get().uri("/api/revisions/{id}/revision.docx", setup.zero().id()).exchange();
		var plain = this.readings.text(word.getResponse().getContentAsByteArray(), "Rev.1.docx", "test");

		var rev1 = this.texts.importRevision(setup.text().id(), null, plain, false, setup.facilitator());

		var comparison = this.texts.compare(setup.zero().id(), rev1.id(), setup.facilitator());
		assertThat(comparison.isEmpty()).as("%s", comparison.paragraphs()).isTrue();
		assertThat(rev1.paragraphs()).hasSameSizeAs(setup.zero().paragraphs());
	}

	@Test
	void oneWordChangedInWordComparesAsThatWordAndHistoryFollowsThroughRenumbering() throws Exception {
		var setup = zeroDraftIssued();
		var word = this.mvc.get().uri("/api/revisions/{id}/revision.docx", setup.zero().id()).exchange();
		var plain = this.readings.text(word.getResponse().getContentAsByteArray(), "Rev.1.docx", "test");
		assertThat(plain).contains("share data in line with national legislation");
		// One word changed; a new paragraph before it renumbers it (2. becomes 3.).
		var edited = plain
			.replace("share data in line with national legislation", "share data in line with domestic legislation")
			.replace("(a)", "1.\tWe commit to a new first step for everyone.\n(a)");

		var rev1 = this.texts.importRevision(setup.text().id(), null, edited, false, setup.facilitator());

		var comparison = this.texts.compare(setup.zero().id(), rev1.id(), setup.facilitator());
		var changed = comparison.paragraphs()
			.stream()
			.filter((p) -> p.status() == org.plenary.text.RevisionComparison.Status.CHANGED)
			.toList();
		assertThat(changed).hasSize(1);
		assertThat(changed.get(0).numberBefore()).isEqualTo("2.");
		assertThat(changed.get(0).numberAfter()).isEqualTo("3.");
		assertThat(changed.get(0).words()).filteredOn((w) -> w.change() != WordDiff.Change.KEPT)
			.containsExactly(new WordDiff.Run(WordDiff.Change.DELETED, "national"),
					new WordDiff.Run(WordDiff.Change.INSERTED, "domestic"));
		assertThat(comparison.paragraphs()).filteredOn((p) -> p.status() == RevisionComparison.Status.ADDED).hasSize(1);
		var history = this.texts.history(setup.text().id(), changed.get(0).lineage(), setup.facilitator());
		assertThat(history.steps()).extracting(ParagraphHistory.Step::number).containsExactly("2.", "3.");
	}

	private Setup zeroDraftIssued() {
		var process = this.processes.create(
				new NewProcess("LW " + UUID.randomUUID().toString().substring(0, 6), "Lineage from Word", null, null),
				Actors.administrator());
		var facilitator = Actors.facilitatorOf(process.id().value());
		var text = this.texts.create(process.id(), "Global compact (lineage test)", null, facilitator);
		var zero = this.texts.importRevision(text.id(), null, """
				Preamble
				We, the Heads of State and Government, have met to affirm our commitment to international cooperation.
				Recalling the New York Declaration for Refugees and Migrants,
				Objective 1: Collect and utilize accurate data
				1. We commit to strengthen the global evidence base on international migration.
				(a) Elaborate a comprehensive strategy;
				(b) Improve the comparability of data;
				2. We commit to share data in line with national legislation.
				Objective 2: Minimize adverse drivers
				3. We commit to create conducive political, economic and social conditions.
				""", false, facilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), facilitator);
		return new Setup(text, this.texts.revision(zero.id(), Actor.anonymous()), facilitator);
	}

	record Setup(TextView text, RevisionView zero, Actor facilitator) {
	}

}
