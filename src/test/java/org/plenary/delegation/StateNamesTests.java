package org.plenary.delegation;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.system.Language;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class StateNamesTests {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final StateNames names = new StateNames(this.messages);

	@AfterEach
	void forgetTheLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishIsTheRegistersOwn() {
		assertThat(this.names.in(Language.ENGLISH, "TUR", "Türkiye")).isEqualTo("Türkiye");
	}

	@Test
	void otherLanguagesTakeCldrsNameOfTheRegion() {
		assertThat(this.names.in(Language.CHINESE, "MEX", "Mexico")).isEqualTo("墨西哥");
		assertThat(this.names.in(Language.FRENCH, "DEU", "Germany")).isEqualTo("Allemagne");
		assertThat(this.names.in(Language.RUSSIAN, "BRA", "Brazil")).isEqualTo("Бразилия");
		assertThat(this.names.in(Language.ARABIC, "EGY", "Egypt")).isEqualTo("مصر");
	}

	@Test
	void theUnitedNationsShortNamesOverrideCldrWhereTheyDiffer() {
		assertThat(this.names.in(Language.FRENCH, "TUR", "Türkiye")).isEqualTo("Türkiye");
		assertThat(this.names.in(Language.SPANISH, "BOL", "Bolivia (Plurinational State of)"))
			.isEqualTo("Bolivia (Estado Plurinacional de)");
		assertThat(this.names.in(Language.RUSSIAN, "RUS", "Russian Federation")).isEqualTo("Российская Федерация");
		assertThat(this.names.in(Language.CHINESE, "KOR", "Republic of Korea")).isEqualTo("大韩民国");
		assertThat(this.names.in(Language.ARABIC, "PSE", "State of Palestine")).isEqualTo("دولة فلسطين");
		assertThat(this.names.in(Language.FRENCH, "VAT", "Holy See")).isEqualTo("Saint-Siège");
		assertThat(this.names.in(Language.SPANISH, "SAU", "Saudi Arabia")).isEqualTo("Arabia Saudita");
		assertThat(this.names.in(Language.SPANISH, "NZL", "New Zealand")).isEqualTo("Nueva Zelandia");
		assertThat(this.names.in(Language.FRENCH, "SAU", "Saudi Arabia")).as("a language the row leaves empty: CLDR's")
			.isEqualTo("Arabie saoudite");
	}

	@Test
	void aCodeNobodyKnowsKeepsTheRegistersName() {
		assertThat(this.names.in(Language.FRENCH, "XQZ", "Somewhere")).isEqualTo("Somewhere");
	}

	@Test
	void delegationsSortAsTheirLanguageSorts() {
		var delegations = List.of(view("DEU", "Germany"), view("ZAF", "South Africa"), view("ALB", "Albania"),
				view("EGY", "Egypt"));
		LocaleContextHolder.setLocale(Locale.FRENCH);
		// Afrique du Sud, Albanie, Allemagne, Égypte: the accent is sorted with its plain
		// letter.
		assertThat(this.names.delegations(delegations)).extracting(DelegationView::name)
			.containsExactly("South Africa", "Albania", "Germany", "Egypt");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.names.delegations(delegations)).extracting(DelegationView::name)
			.containsExactly("Albania", "Egypt", "Germany", "South Africa");
	}

	@Test
	void groupsAreNamedFromTheBundleElseAsRegistered() {
		this.messages.addMessage("groupName.G77", Locale.FRENCH, "Groupe des 77 et la Chine");
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.names.group("G77", "Group of 77 and China")).isEqualTo("Groupe des 77 et la Chine");
		assertThat(this.names.group("New group", "New group")).isEqualTo("New group");
		assertThat(StateNames.groupKey("African Group")).isEqualTo("groupName.African_Group");
	}

	private static DelegationView view(String code, String name) {
		return new DelegationView(new DelegationCode(code), name, DelegationKind.MEMBER_STATE, null, null, false);
	}

}
