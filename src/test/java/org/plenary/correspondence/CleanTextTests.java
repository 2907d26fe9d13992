package org.plenary.correspondence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CleanTextTests {

	@Test
	void makesOnePlainTextOfTypographyMarkupAndSpacing() {
		assertThat(
				CleanText.of("the 70<sup>th</sup> session,\u00a0\u201cthe Chairs\u2019 letter\u201d \u2013 1 st round"))
			.isEqualTo("the 70th session, \"the Chairs' letter\" - 1st round");
		assertThat(CleanText.of("a\u000B b  c\f\fd\n   e\r\nf\u00adg")).isEqualTo("a b c d\n e\nfg");
		assertThat(CleanText.of("**Dates**: ~~C~~Chairs on 5 Mar")).isEqualTo("Dates: Chairs on 5 Mar");
		assertThat(CleanText.of("<p>Room <b>4</b><br/> if 3 < 4 and *a* or ***b*** * c"))
			.isEqualTo("Room 4 if 3 < 4 and a or b * c");
	}

	@Test
	void dropsTagsWithTheirAttributesButKeepsAddressesAndComparisons() {
		assertThat(CleanText.of("Cluster 1: <a href=\"https://example.org/x?a=1&b=2\" target='_blank'>Veto</a>"))
			.isEqualTo("Cluster 1: Veto");
		assertThat(CleanText.of("Ana Ruiz <img src=seal.png alt=\"UN seal\" width=40/> Co-Chair"))
			.isEqualTo("Ana Ruiz Co-Chair");
		assertThat(CleanText.of("Write to <office@example.org> if 3 < 4 and 5 > 2"))
			.isEqualTo("Write to <office@example.org> if 3 < 4 and 5 > 2");
	}

	@Test
	void readsLinesOfColumnsSideBySideAsColumnsButNotTablesOfNumbersNorProse() {
		assertThat(CleanText.of("""
				Ana Ruiz                    Lars Berg
				Permanent Representative of Peru      Permanent Representative of Norway
				(Signed) Ana Ruiz     (Signed) Lars Berg     (Signed) Eva Holm
				""")).isEqualTo("""
				Ana Ruiz\tLars Berg
				Permanent Representative of Peru\tPermanent Representative of Norway
				(Signed) Ana Ruiz\t(Signed) Lars Berg\t(Signed) Eva Holm
				""");
		assertThat(CleanText.of("New York,    3 March 2031\n4 March     Conference Room 1\n"))
			.isEqualTo("New York, 3 March 2031\n4 March Conference Room 1\n");
		assertThat(CleanText.of("  We  write   to you   about the   Meeting."))
			.isEqualTo(" We write to you about the Meeting.");
	}

	@Test
	void leavesPlainTextAsItIs() {
		var plain = "New York, 14 January 2031\n\nExcellency,\n\tWe write to you.";
		assertThat(CleanText.of(plain)).isSameAs(plain);
	}

	@Test
	void readsTheDigitsAndLettersOcrMistakesForEachOtherInNumbersAndWords() {
		assertThat(CleanText.of("on 1O February 2O31 at l0 a.m. or 3 p.rn."))
			.isEqualTo("on 10 February 2031 at 10 a.m. or 3 p.m.");
		assertThat(CleanText.of("The meeting wi11 be he1d")).isEqualTo("The meeting will be held");
		assertThat(CleanText.of("Februaiy")).isEqualTo("February");
	}

	@Test
	void leavesOrdinalsCodesAndNamesThatAreNoMisreadingAlone() {
		var text = "the 10th session, G77, CO2, Rev1, Room S-1234, 3rd drafting, Mai Ito, A/RES/71/1, 1945 Charter, I am";
		assertThat(CleanText.of(text)).isEqualTo(text);
	}

	@Test
	void marksEachRepairWhereItsMarkStandsAndNoneInPlainText() {
		assertThat(CleanText.marks("the 1 st round")).isNotZero();
		assertThat(CleanText.marks("at 3 :00 p.m.")).isNotZero();
		assertThat(CleanText.marks("Mr. G6mez")).isNotZero();
		assertThat(CleanText.marks("it wi11 be he1d")).isNotZero();
		assertThat(CleanText.marks("on 1O February")).isNotZero();
		assertThat(CleanText.marks("on IS September")).isNotZero();
		assertThat(CleanText.marks("\u0661O")).as("an Arabic-Indic one before an O").isNotZero();
		assertThat(CleanText.marks("""
				New York, 14 January 2031

				Excellency,
				The 70th session will meet on 3 May at 10:00 a.m. in Conference Room 4. I am, Sir.
				""")).isZero();
	}

	@Test
	void joinsOrdinalsCutApartAsTheirPatternDoes() {
		var pattern = java.util.regex.Pattern.compile("\\b(\\d{1,2}) (st|nd|rd|th)\\b");
		for (var text : java.util.List.of("the 1 st round", "1 st", "on the 21 st and 22 nd, 3 rd and 4 th", "123 th",
				"a1 st", "_1 st", "1 sta", "1 st_", "12 th.", " 7 th", "9 t", "9 ", "the 70 th session", "2018 th",
				"1 st 2 nd")) {
			assertThat(CleanText.joinSplitOrdinals(text)).as(text).isEqualTo(pattern.matcher(text).replaceAll("$1$2"));
		}
	}

}
