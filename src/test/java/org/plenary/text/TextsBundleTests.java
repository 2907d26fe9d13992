package org.plenary.text;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.plenary.system.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of the language versions and of search by language, in their own bundle
 * ({@code messages/texts}), in the six official languages with the same keys, and named
 * in {@code spring.messages.basename}.
 */
class TextsBundleTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	@Test
	void everyLanguageHasEveryWordWithItsApostrophesDoubledWhereItTakesArguments() throws IOException {
		var english = load("texts.properties");
		for (var language : Language.all()) {
			if (language == Language.ENGLISH) {
				continue;
			}
			var translated = load("texts_" + language.tag() + ".properties");
			assertThat(translated.stringPropertyNames()).as(language.name())
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			for (var key : translated.stringPropertyNames()) {
				var message = translated.getProperty(key);
				assertThat(message).as("%s %s", language, key).isNotBlank();
				if (ARGUMENT.matcher(message).find()) {
					assertThat(message.replace("''", "")).as("%s %s", language, key).doesNotContain("'");
				}
			}
		}
		assertThat(Files.readString(Path.of("src/main/resources/application.properties")))
			.containsPattern("spring.messages.basename=.*messages/texts");
	}

	private static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages", name)),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
