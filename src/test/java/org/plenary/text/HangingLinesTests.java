package org.plenary.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The revision as printed, laid out as UN drafts are: the paragraph's number in the
 * margin, and every wrapped line hanging under the paragraph's text, not under its number
 * (read from the PDF's word positions).
 */
@PlenaryIntegrationTest
class HangingLinesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	NegotiatedTexts texts;

	@Autowired
	Processes processes;

	@Test
	void wrappedLinesHangUnderTheParagraphsTextNotItsNumber() throws Exception {
		var process = this.processes.create(
				new NewProcess("HL " + UUID.randomUUID().toString().substring(0, 6), "Hanging lines", null, null),
				Actors.administrator());
		var facilitator = Actors.facilitatorOf(process.id().value());
		var text = this.texts.create(process.id(), "A text printed", null, facilitator);
		var long1 = "We commit to strengthen the global evidence base on international migration by improving and "
				+ "investing in the collection, analysis and dissemination of accurate, reliable and comparable data, "
				+ "disaggregated by sex, age, migration status and other characteristics relevant in national contexts, "
				+ "while upholding the right to privacy under international human rights law and protecting personal data.";
		var long2 = "Elaborate and implement a comprehensive strategy for improving migration data at the local, "
				+ "national, regional and global levels, with the participation of all relevant stakeholders, under the "
				+ "guidance of the United Nations Statistical Commission, by harmonizing methodologies for collecting data.";
		var zero = this.texts.importRevision(text.id(), null,
				"Objective 1\n1. " + long1 + "\n(a) " + long2 + "\n2. We commit to share data.\n", false, facilitator);
		this.texts.issue(zero.id(), LocalDate.of(2018, 2, 5), facilitator);

		var pdf = this.mvc.get().uri("/api/revisions/{id}/revision.pdf", zero.id()).exchange();
		java.nio.file.Files.write(java.nio.file.Path.of("/tmp/i15-hanging.pdf"),
				pdf.getResponse().getContentAsByteArray()); // TEMP
		var lines = lines(PrintedPagesTests.words(pdf.getResponse().getContentAsByteArray()));

		var paragraph = paragraph(lines, "1.");
		var subparagraph = paragraph(lines, "(a)");
		for (var block : List.of(paragraph, subparagraph)) {
			assertThat(block).as("the paragraph wraps").hasSizeGreaterThan(2);
			var number = block.get(0).get(0);
			float textStarts = block.get(0).get(1).left();
			assertThat(textStarts).as("the text stands right of its number %s", number.text())
				.isGreaterThan(number.right() + 2);
			for (var line : block.subList(1, block.size())) {
				assertThat(line.get(0).left()).as("the line beginning \"%s\" hangs under the text", line.get(0).text())
					.isCloseTo(textStarts, within(1f));
			}
		}
		assertThat(subparagraph.get(0).get(1).left()).as("a subparagraph is indented further")
			.isGreaterThan(paragraph.get(0).get(1).left() + 5);
	}

	/** The page's lines, top to bottom, each word left to right. */
	private static List<List<PrintedPagesTests.Word>> lines(List<PrintedPagesTests.Word> words) {
		Map<Float, List<PrintedPagesTests.Word>> byLine = new TreeMap<>((a, b) -> Float.compare(b, a));
		for (var word : words) {
			if (word.page() != 1) {
				continue;
			}
			var line = byLine.keySet().stream().filter((y) -> Math.abs(y - word.bottom()) < 1f).findFirst();
			byLine.computeIfAbsent(line.orElse(word.bottom()), (y) -> new ArrayList<>()).add(word);
		}
		byLine.values().forEach((l) -> l.sort((a, b) -> Float.compare(a.left(), b.left())));
		return new ArrayList<>(byLine.values());
	}

	/**
	 * The lines from the one beginning with this number to the last before the space that
	 * separates two paragraphs (wider than between two lines of one).
	 */
	private static List<List<PrintedPagesTests.Word>> paragraph(List<List<PrintedPagesTests.Word>> lines,
			String number) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).get(0).text().equals(number)) {
				float lineHeight = lines.get(i).get(0).bottom() - lines.get(i + 1).get(0).bottom();
				int end = i + 1;
				while (end < lines.size()
						&& lines.get(end - 1).get(0).bottom() - lines.get(end).get(0).bottom() < lineHeight * 1.2f) {
					end++;
				}
				return lines.subList(i, end);
			}
		}
		throw new AssertionError("No paragraph " + number + " in " + lines);
	}

}
