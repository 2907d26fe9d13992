package org.plenary.search;

import org.junit.jupiter.api.Test;
import org.plenary.system.Language;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectionTests {

	@Test
	void tellsTheLanguageByItsScriptFirst() {
		assertThat(LanguageDetection.of("المفاوضات الحكومية الدولية (IGN)")).contains(Language.ARABIC);
		assertThat(LanguageDetection.of("安理会改革 IGN")).contains(Language.CHINESE);
		assertThat(LanguageDetection.of("Совет Безопасности, IGN")).contains(Language.RUSSIAN);
	}

	@Test
	void tellsEnglishFrenchAndSpanishByTheirCommonWords() {
		assertThat(LanguageDetection.of("The reform of the Council")).contains(Language.ENGLISH);
		assertThat(LanguageDetection.of("La réforme du Conseil et les négociations")).contains(Language.FRENCH);
		assertThat(LanguageDetection.of("La reforma del Consejo y las negociaciones")).contains(Language.SPANISH);
	}

	@Test
	void leavesUndeterminedWhatItCannotTell() {
		assertThat(LanguageDetection.of("négociation")).isEmpty();
		assertThat(LanguageDetection.of("reforma")).isEmpty();
		assertThat(LanguageDetection.of("2024 — 12")).isEmpty();
		assertThat(LanguageDetection.of("la")).as("French and Spanish alike").isEmpty();
	}

	@Test
	void countsNoMarkupAsLanguage() {
		assertThat(LanguageDetection
			.of("<b hx-post=\"/the/and/of/the\" title=\"the and of the to the\">Совет Безопасности</b>"))
			.contains(Language.RUSSIAN);
	}

}
