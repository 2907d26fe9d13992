package org.plenary.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of every bundle the application reads ({@code spring.messages.basename},
 * so that a bundle added later is covered too) is written in all six languages: present,
 * not empty, with the same arguments as the English, readable by MessageFormat, and with
 * its apostrophes doubled where MessageFormat reads it (a message with arguments).
 */
class TranslationsTests {

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void theApplicationReadsAtLeastThePagesBundle() throws IOException {
		assertThat(basenames()).contains("messages/messages");
	}

	@TestFactory
	Stream<DynamicTest> everyMessageIsWrittenInEveryLanguage() throws IOException {
		var tests = new ArrayList<DynamicTest>();
		for (var basename : basenames()) {
			var english = bundle(basename, "");
			assertThat(english).as(basename).isNotEmpty();
			for (var language : Language.all()) {
				if (language == Language.ENGLISH) {
					continue;
				}
				tests.add(DynamicTest.dynamicTest(basename + " " + language.tag(), () -> {
					var translated = bundle(basename, "_" + language.tag());
					var problems = new ArrayList<String>();
					for (var key : new TreeSet<>(english.stringPropertyNames())) {
						var value = translated.getProperty(key);
						if (value == null || value.isBlank()) {
							problems.add(key + ": missing");
							continue;
						}
						var expected = arguments(english.getProperty(key));
						var found = arguments(value);
						var given = MORE_ARGUMENTS_GIVEN.get(key);
						if (given != null ? !given.containsAll(found) : !expected.equals(found)) {
							problems.add(key + ": arguments " + found + ", English has " + expected);
						}
						problems.addAll(formatProblems(key, value, language, !expected.isEmpty()));
					}
					for (var key : translated.stringPropertyNames()) {
						if (!english.containsKey(key)) {
							problems.add(key + ": not in English");
						}
					}
					assertThat(problems).as(basename + "_" + language.tag()).isEmpty();
				}));
			}
			tests.add(DynamicTest.dynamicTest(basename + " en", () -> {
				var problems = new ArrayList<String>();
				for (var key : new TreeSet<>(english.stringPropertyNames())) {
					problems.addAll(formatProblems(key, english.getProperty(key), Language.ENGLISH,
							!arguments(english.getProperty(key)).isEmpty()));
				}
				assertThat(problems).as(basename).isEmpty();
			}));
		}
		return tests.stream();
	}

	@Test
	void aMissingTranslationOrAWrongArgumentIsFound() {
		assertThat(arguments("Revision {0} of {1,number}")).containsExactly("0", "1");
		assertThat(arguments("'{0}' is quoted, {1} is not")).containsExactly("1");
		assertThat(formatProblems("k", "L'État {0}", Language.FRENCH, true)).isNotEmpty();
		assertThat(formatProblems("k", "L''État {0}", Language.FRENCH, true)).isEmpty();
		assertThat(formatProblems("k", "Révision {0", Language.FRENCH, true)).isNotEmpty();
	}

	@Test
	void arabicCountsMinutesInTheSingularTheDualAndThePlural() throws IOException {
		var arabic = new java.util.Properties();
		try (var in = new java.io.InputStreamReader(
				new org.springframework.core.io.ClassPathResource("messages/messages_ar.properties").getInputStream(),
				java.nio.charset.StandardCharsets.UTF_8)) {
			arabic.load(in);
		}
		var limits = new MessageFormat(arabic.getProperty("speakers.limits"), Language.ARABIC.locale());
		assertThat(limits.format(new Object[] { 3, 5, 2 })).contains(" دقائق للوفد", " دقائق للمجموعة",
				"ودقيقتان للرد");
		assertThat(limits.format(new Object[] { 1, 15, 2 })).contains("دقيقة واحدة للوفد", "دقيقة للمجموعة")
			.doesNotContain("دقائق");
	}

	/**
	 * What MessageFormat would make of a message whose English has arguments (it reads
	 * only those): unpaired braces, a single apostrophe that would hide the rest.
	 */
	static List<String> formatProblems(String key, String value, Language language, boolean formatted) {
		var problems = new ArrayList<String>();
		if (!formatted) {
			return problems;
		}
		try {
			new MessageFormat(value, language.locale());
		}
		catch (IllegalArgumentException unreadable) {
			problems.add(key + ": not readable by MessageFormat (" + unreadable.getMessage() + ")");
		}
		if (value.replaceAll("'[^']*'", "").chars().filter((c) -> c == '{').count() != value.replaceAll("'[^']*'", "")
			.chars()
			.filter((c) -> c == '}')
			.count()) {
			problems.add(key + ": braces do not pair");
		}
		if (LONE_APOSTROPHE.matcher(value).find()) {
			problems.add(key + ": an apostrophe in a message with arguments must be doubled");
		}
		return problems;
	}

	/**
	 * Messages to which the code gives more arguments than the English uses, because
	 * other languages need them: a session's number where English takes its ordinal
	 * ("79th"), a count that chooses a plural or an article. A translation may use any of
	 * those given.
	 */
	static final java.util.Map<String, java.util.Set<String>> MORE_ARGUMENTS_GIVEN = java.util.Map.of(
			"documents.session", java.util.Set.of("0", "1"), "documents.sessionOfTheAssembly",
			java.util.Set.of("0", "1"), "documents.letter.during", java.util.Set.of("0", "1"),
			"documents.letter.minutes", java.util.Set.of("0", "1"), "documents.letter.transmit",
			java.util.Set.of("0", "1", "2", "3"));

	/** The indexes of a message's arguments, outside quoted text. */
	static TreeSet<String> arguments(String message) {
		var found = new TreeSet<String>();
		boolean quoted = false;
		int depth = 0;
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			if (c == '\'') {
				if (i + 1 < message.length() && message.charAt(i + 1) == '\'') {
					i++;
				}
				else if (depth == 0) {
					quoted = !quoted;
				}
				continue;
			}
			if (quoted) {
				continue;
			}
			if (c == '{') {
				if (depth == 0) {
					int end = i + 1;
					while (end < message.length() && Character.isDigit(message.charAt(end))) {
						end++;
					}
					found.add(message.substring(i + 1, end).strip());
				}
				depth++;
			}
			else if (c == '}' && depth > 0) {
				depth--;
			}
		}
		return found;
	}

	static List<String> basenames() throws IOException {
		var application = new Properties();
		try (var in = new ClassPathResource("application.properties").getInputStream()) {
			application.load(in);
		}
		return Arrays.stream(application.getProperty("spring.messages.basename", "messages").split(","))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.toList();
	}

	static Properties bundle(String basename, String suffix) throws IOException {
		var properties = new Properties();
		var resource = new ClassPathResource(basename + suffix + ".properties");
		if (!resource.exists()) {
			return properties;
		}
		try (var in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
