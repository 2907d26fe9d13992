package org.plenary.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a person can see is said in the page's language: each code the code gives
 * (a literal {@code "refusal.…"}) is a message of {@code messages/refusals}, which
 * {@link TranslationsTests} holds to all six languages; no message is left unused; and a
 * refusal without a code (English on every page) is found, unless it is one of those
 * listed below as not yet moved to the bundles.
 */
class RefusalsInEachLanguageTests {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern CODE = Pattern.compile("\"(refusal\\.[A-Za-z0-9.]+)\"");

	/**
	 * The refusals still said in English only, per source file; a new one fails this
	 * test. The letter import's API-only checks of a review's meeting (ImportReview; the
	 * page's form checks the same first, in the page's language), a refusal the import
	 * page puts at its top (LetterImportController), and AlreadyImported; the reading of
	 * documents (UnreadableDocument, whose reasons the extraction gives too); actions
	 * handed down as strings to NotPermitted (Accounts, Delegations, SpeakersLists);
	 * bean-validation messages turned into a refusal (VenueController); and programming
	 * or configuration errors no page shows (InvalidInput's own, UnDates, DateBinding's
	 * converter, CalendarFeed, SearchPassage, IdentitySettings, Totp, a session number no
	 * calendar has, which SessionView refuses and Sessions turns into a 404).
	 */
	static final Map<String, Integer> ENGLISH_ONLY = new TreeMap<>(Map.ofEntries(
			Map.entry("org/plenary/correspondence/AlreadyImported.java", 1),
			Map.entry("org/plenary/correspondence/ImportReview.java", 2),
			Map.entry("org/plenary/correspondence/UnDates.java", 1),
			Map.entry("org/plenary/correspondence/web/LetterImportController.java", 1),
			Map.entry("org/plenary/delegation/Delegations.java", 2), Map.entry("org/plenary/identity/Accounts.java", 1),
			Map.entry("org/plenary/identity/IdentitySettings.java", 1), Map.entry("org/plenary/identity/Totp.java", 1),
			Map.entry("org/plenary/process/SessionView.java", 1),
			Map.entry("org/plenary/schedule/calendar/CalendarFeed.java", 1),
			Map.entry("org/plenary/schedule/web/VenueController.java", 1),
			Map.entry("org/plenary/search/SearchPassage.java", 2),
			Map.entry("org/plenary/speakers/SpeakersLists.java", 1),
			Map.entry("org/plenary/system/DateBinding.java", 1), Map.entry("org/plenary/system/InvalidInput.java", 1),
			Map.entry("org/plenary/system/UnreadableDocument.java", 1)));

	@Test
	void everyCodeOfTheCodeIsAMessageAndEveryMessageIsUsed() throws IOException {
		var english = TranslationsTests.bundle("messages/refusals", "");
		var used = new TreeSet<String>();
		for (var file : javaFiles()) {
			var matcher = CODE.matcher(read(file));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		assertThat(used).isNotEmpty();
		var missing = new TreeSet<>(used);
		missing.removeAll(english.stringPropertyNames());
		assertThat(missing).as("codes without a message in refusals.properties").isEmpty();
		var unused = new TreeSet<>(english.stringPropertyNames());
		unused.removeAll(used);
		assertThat(unused).as("messages of refusals.properties no code gives").isEmpty();
	}

	@Test
	void noRefusalIsEnglishOnlyButThoseListed() {
		var found = new TreeMap<String, Integer>();
		for (var file : javaFiles()) {
			int count = englishOnly(read(file));
			if (count > 0) {
				found.put(SOURCES.relativize(file).toString().replace('\\', '/'), count);
			}
		}
		assertThat(found).isEqualTo(ENGLISH_ONLY);
	}

	@Test
	void aRefusalWithoutACodeIsFound() {
		assertThat(englishOnly("throw new InvalidInput(\"name\", \"Give the name.\");")).isEqualTo(1);
		assertThat(englishOnly("throw new InvalidInput(\"name\", \"At most %d.\".formatted(most));")).isEqualTo(1);
		assertThat(englishOnly("throw new InvalidInput(\"name\", \"Give it.\", \"refusal.x.name\");")).isZero();
		assertThat(englishOnly("throw new IllegalArgumentException(\"A meeting ends after it starts\");")).isEqualTo(1);
		assertThat(englishOnly("throw new InvalidValue(\"A meeting ends after it starts\", \"refusal.x\");")).isZero();
		assertThat(englishOnly("throw new NotPermitted(actor, \"change letters\");")).isEqualTo(1);
		assertThat(englishOnly("throw new NotPermitted(actor, new Said(\"refusal.x\", \"change letters\"));")).isZero();
		assertThat(englishOnly("super(HttpStatus.CONFLICT, \"Title\", \"Detail\");")).isEqualTo(1);
		assertThat(englishOnly("super(HttpStatus.CONFLICT, TITLE, new Said(\"refusal.x\", \"Detail\"));")).isZero();
	}

	@Test
	void aRefusalIsSaidInThePagesLanguageWithItsDateWrittenOut() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/refusals");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		var refusal = new InvalidInput("onBehalfOf", "There is no group of States named G-99.",
				"refusal.speakers.noSuchGroup", "G-99");
		assertThat(refusal.said().in(messages, Locale.FRENCH))
			.isEqualTo("Il n’existe pas de groupe d’États nommé G-99.");
		assertThat(refusal.said().in(messages, Language.ARABIC.pageLocale()))
			.isEqualTo("لا توجد مجموعة دول باسم \u2068G-99\u2069.");
		assertThat(refusal.said().in(messages, Locale.ENGLISH)).isEqualTo(refusal.reason());
		assertThat(refusal.getBody().getDetail()).isEqualTo("There is no group of States named G-99.");

		var dated = new Said("refusal.test", "On %s.", LocalDate.of(2026, 12, 7));
		assertThat(dated.argumentsIn(messages, Locale.FRENCH)).containsExactly("7 décembre 2026");
		assertThat(dated.argumentsIn(messages, Language.SPANISH.locale())).containsExactly("7 de diciembre de 2026");
		assertThat(dated.argumentsIn(messages, Language.ARABIC.pageLocale())).containsExactly("7 ديسمبر 2026");
	}

	@Test
	void aFormErrorIsSaidInThePagesLanguage() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/refusals");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		var refusal = new InvalidInput("date", "The file could not be received; try again.",
				"refusal.speakers.fileNotReceived");
		var errors = new BeanPropertyBindingResult(new ReasonsInEachLanguageTests.Form(), "form");
		errors.rejectValue(refusal.field(), refusal.code(), refusal.arguments(), refusal.reason());
		assertThat(messages.getMessage(errors.getFieldError("date"), Locale.FRENCH))
			.isEqualTo("Le fichier n’a pas pu être reçu ; réessayez.");
	}

	/**
	 * How many refusals of a source are said in English only: an InvalidInput given a
	 * reason and no code, a NotPermitted given its action as a string, an
	 * IllegalArgumentException rather than an InvalidValue, a Refusal given its title as
	 * a string.
	 */
	static int englishOnly(String source) {
		int count = 0;
		for (var call : new String[] { "new InvalidInput(", "new NotPermitted(", "new IllegalArgumentException(" }) {
			for (int at = source.indexOf(call); at >= 0; at = source.indexOf(call, at + 1)) {
				var arguments = arguments(source, at + call.length() - 1);
				boolean coded = arguments.stream()
					.anyMatch((a) -> a.startsWith("\"refusal.") || a.startsWith("\"date."));
				boolean people = !call.startsWith("new IllegalArgumentException")
						? arguments.size() == 2 && !arguments.get(1).contains("aid")
						: !arguments.isEmpty() && arguments.get(0).startsWith("\"");
				if (people && !coded) {
					count++;
				}
			}
		}
		var englishTitle = Pattern.compile("super\\(\\s*HttpStatus\\.[A-Z_]+,\\s*(\"|title\\b)").matcher(source);
		while (englishTitle.find()) {
			count++;
		}
		return count;
	}

	/** The arguments of the call whose parenthesis opens at {@code open}. */
	static ArrayList<String> arguments(String source, int open) {
		var arguments = new ArrayList<String>();
		var current = new StringBuilder();
		int depth = 0;
		boolean quoted = false;
		for (int i = open; i < source.length(); i++) {
			char c = source.charAt(i);
			if (quoted) {
				current.append(c);
				if (c == '\\') {
					current.append(source.charAt(++i));
				}
				else if (c == '"') {
					quoted = false;
				}
				continue;
			}
			if (c == '"') {
				quoted = true;
			}
			if (c == '(' || c == '[' || c == '{') {
				depth++;
				if (depth == 1) {
					continue;
				}
			}
			if (c == ')' || c == ']' || c == '}') {
				depth--;
				if (depth == 0) {
					break;
				}
			}
			if (c == ',' && depth == 1) {
				arguments.add(current.toString().strip());
				current.setLength(0);
				continue;
			}
			current.append(c);
		}
		if (!current.toString().isBlank()) {
			arguments.add(current.toString().strip());
		}
		return arguments;
	}

	private static java.util.List<Path> javaFiles() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((f) -> f.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
