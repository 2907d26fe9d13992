package org.plenary.system;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	private static final LocalDate DAY = LocalDate.of(2018, 2, 15);

	@Test
	void writesTheDateAsEachLanguageWritesIt() {
		assertThat(Language.ENGLISH.longDate(DAY)).isEqualTo("15 February 2018");
		assertThat(Language.FRENCH.longDate(DAY)).isEqualTo("15 février 2018");
		assertThat(Language.CHINESE.longDate(DAY)).isEqualTo("2018年2月15日");
		assertThat(Language.SPANISH.longDate(DAY)).isEqualTo("15 de febrero de 2018");
		assertThat(Language.RUSSIAN.longDate(DAY)).isEqualTo("15 февраля 2018 г.");
		assertThat(Language.ARABIC.longDate(DAY)).contains("2018").contains("فبراير");
	}

	@Test
	void findsTheOfficialLanguageOfARegionalTagAndFallsBackToEnglish() {
		assertThat(Language.ofTag("fr-CA")).contains(Language.FRENCH);
		assertThat(Language.ofTag("zh-Hans-CN")).contains(Language.CHINESE);
		assertThat(Language.ofTag("de")).isEmpty();
		assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.ENGLISH);
		assertThat(Language.ARABIC.direction()).isEqualTo("rtl");
		assertThat(Language.RUSSIAN.direction()).isEqualTo("ltr");
	}

	@Test
	void arabicPagesWriteNumbersInWesternDigitsLikeTheirDates() {
		assertThat(java.text.NumberFormat.getIntegerInstance(Language.ARABIC.pageLocale()).format(196))
			.isEqualTo("196");
		assertThat(Language.of(Language.ARABIC.pageLocale())).isEqualTo(Language.ARABIC);
		assertThat(Language.FRENCH.pageLocale()).isEqualTo(Language.FRENCH.locale());
	}

}
