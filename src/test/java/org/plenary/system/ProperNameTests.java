package org.plenary.system;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A State's or a group's name in a sentence of each language: its article joined to the
 * preposition the translation puts before it, as Spanish and French write it.
 */
class ProperNameTests {

	static final ProperName G77 = new ProperName("Group of 77 and China",
			Map.of(Language.SPANISH, "Grupo de los 77 y China", Language.FRENCH, "Groupe des 77 et la Chine"),
			Map.of(Language.SPANISH, "el Grupo de los 77 y China", Language.FRENCH, "le Groupe des 77 et la Chine"));

	static final ProperName EU = new ProperName("European Union",
			Map.of(Language.SPANISH, "Unión Europea", Language.FRENCH, "Union européenne"),
			Map.of(Language.SPANISH, "la Unión Europea", Language.FRENCH, "l’Union européenne"));

	static final ProperName LDC = new ProperName("Least Developed Countries",
			Map.of(Language.SPANISH, "Países menos adelantados", Language.FRENCH, "Pays les moins avancés"),
			Map.of(Language.SPANISH, "los países menos adelantados", Language.FRENCH, "les pays les moins avancés"));

	static final ProperName MEXICO = ProperName.asIs("México");

	final StaticMessageSource messages = new StaticMessageSource();

	ProperNameTests() {
		this.messages.addMessage("onBehalfOf", Locale.ENGLISH, "{0}, on behalf of {1}");
		this.messages.addMessage("onBehalfOf", Locale.forLanguageTag("es"), "{0}, en nombre de {1}");
		this.messages.addMessage("onBehalfOf", Locale.forLanguageTag("fr"), "{0}, au nom de {1}");
		this.messages.addMessage("speaksTo", Locale.forLanguageTag("es"), "{0} se dirige a {1}.");
		this.messages.addMessage("speaksTo", Locale.forLanguageTag("fr"), "{0} s’adresse à {1}.");
		this.messages.addMessage("opens", Locale.forLanguageTag("es"), "{0} abre la sesión.");
	}

	@Test
	void joinsTheSpanishArticleToDeAndA() {
		assertThat(said("onBehalfOf", "es", MEXICO, G77)).isEqualTo("México, en nombre del Grupo de los 77 y China");
		assertThat(said("onBehalfOf", "es", MEXICO, EU)).isEqualTo("México, en nombre de la Unión Europea");
		assertThat(said("onBehalfOf", "es", MEXICO, LDC))
			.isEqualTo("México, en nombre de los países menos adelantados");
		assertThat(said("speaksTo", "es", MEXICO, G77)).isEqualTo("México se dirige al Grupo de los 77 y China.");
	}

	@Test
	void joinsTheFrenchArticleToDeAndA() {
		assertThat(said("onBehalfOf", "fr", MEXICO, G77)).isEqualTo("México, au nom du Groupe des 77 et la Chine");
		assertThat(said("onBehalfOf", "fr", MEXICO, EU)).isEqualTo("México, au nom de l’Union européenne");
		assertThat(said("onBehalfOf", "fr", MEXICO, LDC)).isEqualTo("México, au nom des pays les moins avancés");
		assertThat(said("speaksTo", "fr", MEXICO, G77)).isEqualTo("México s’adresse au Groupe des 77 et la Chine.");
		assertThat(said("speaksTo", "fr", MEXICO, LDC)).isEqualTo("México s’adresse aux pays les moins avancés.");
	}

	@Test
	void capitalisesANameThatOpensTheSentence() {
		assertThat(said("opens", "es", G77)).isEqualTo("El Grupo de los 77 y China abre la sesión.");
	}

	@Test
	void leavesTheWordsOfTheTranslationAndOfOtherArgumentsAsTheyAre() {
		// "de le" in a French sentence is a pronoun (avant de le faire) unless a name
		// brings the article.
		this.messages.addMessage("try", Locale.forLanguageTag("fr"), "Essayez de le rouvrir pour {0}.");
		assertThat(said("try", "fr", EU)).isEqualTo("Essayez de le rouvrir pour l’Union européenne.");
		assertThat(said("onBehalfOf", "es", "de el", G77)).isEqualTo("de el, en nombre del Grupo de los 77 y China");
		assertThat(said("onBehalfOf", "es", ProperName.asIs("El Salvador"), G77))
			.isEqualTo("El Salvador, en nombre del Grupo de los 77 y China");
	}

	@Test
	void saysTheNameAloneInEnglishAndWhereTheFormLeavesNoMark() {
		assertThat(said("onBehalfOf", "en", "Mexico", G77)).isEqualTo("Mexico, on behalf of Group of 77 and China");
		var errors = Said.of("onBehalfOf", "…", MEXICO, G77).argumentsIn(this.messages, Locale.forLanguageTag("es"));
		assertThat(errors).containsExactly("México", "Grupo de los 77 y China");
	}

	private String said(String code, String language, Object... arguments) {
		return Said.of(code, "(English)", arguments).in(this.messages, Locale.forLanguageTag(language));
	}

}
