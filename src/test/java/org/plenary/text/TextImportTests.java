package org.plenary.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TextImportTests {

	@Test
	void readsHeadingsPreambularOperativeAndSubParagraphs() {
		var read = TextImport.read("""
				Preamble
				We, the Heads of State and Government, have met at United Nations Headquarters.
				Recalling the New York Declaration for Refugees and Migrants,

				Objective 1: Collect and utilize accurate and disaggregated data
				17. We commit to strengthen the global evidence base on international migration.
				(a) Elaborate and implement a comprehensive strategy;
				(b) Improve international comparability of migration data;
				18. We further commit to support capacity-building.
				""");

		assertThat(read).extracting(TextImport.Read::part, TextImport.Read::kind)
			.containsExactly(tuple("Preamble", ParagraphKind.PREAMBULAR), tuple("Preamble", ParagraphKind.PREAMBULAR),
					tuple("Objective 1: Collect and utilize accurate and disaggregated data", ParagraphKind.OPERATIVE),
					tuple("Objective 1: Collect and utilize accurate and disaggregated data",
							ParagraphKind.SUBPARAGRAPH),
					tuple("Objective 1: Collect and utilize accurate and disaggregated data",
							ParagraphKind.SUBPARAGRAPH),
					tuple("Objective 1: Collect and utilize accurate and disaggregated data", ParagraphKind.OPERATIVE));
		assertThat(read.get(2).text())
			.isEqualTo("We commit to strengthen the global evidence base on international migration.");
		assertThat(read.get(3).text()).isEqualTo("Elaborate and implement a comprehensive strategy;");
	}

	@Test
	void numbersOperativeParagraphsThroughTheTextAndSubParagraphsUnderTheirParagraph() {
		assertThat(Numbering.letters(1)).isEqualTo("a");
		assertThat(Numbering.letters(26)).isEqualTo("z");
		assertThat(Numbering.letters(27)).isEqualTo("aa");
	}

}
