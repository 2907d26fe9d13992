package org.plenary.delegation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import org.jspecify.annotations.Nullable;
import org.plenary.system.Language;
import org.plenary.system.ProperName;
import org.plenary.system.Said;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The names of States, observers and groups in the language of the page, as
 * {@code @stateNames} in templates. English is the register's own (the United Nations'
 * English short names). In the five other languages a name is the United Nations'
 * official short name where it differs from CLDR ({@code delegation/un-short-names.tsv},
 * from UNTERM), else CLDR's region name through ICU4J, else the register's English.
 * Groups' names come from the message bundles ({@code groupName.<short name>}), else the
 * register's. Lists sort as each language sorts (ICU's collation for it).
 */
@Component("stateNames")
public class StateNames {

	private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

	private final Map<String, Map<Language, String>> united = readUnitedNations();

	private final Map<String, String> known = new ConcurrentHashMap<>();

	private final MessageSource messages;

	StateNames(MessageSource messages) {
		this.messages = messages;
	}

	/** The name of the delegation with this code in the page's language. */
	public String of(@Nullable Object code, String registered) {
		return in(Language.of(LocaleContextHolder.getLocale()), code, registered);
	}

	public String in(Language language, @Nullable Object code, String registered) {
		if (code == null || language == Language.ENGLISH) {
			return registered;
		}
		var value = code.toString().toUpperCase(Locale.ROOT);
		return this.known.computeIfAbsent(language.tag() + ":" + value + ":" + registered,
				(key) -> lookUp(language, value, registered));
	}

	private String lookUp(Language language, String code, String registered) {
		var official = this.united.get(code);
		if (official != null && official.containsKey(language)) {
			return official.get(language);
		}
		var region = (code.length() == 2) ? code : ALPHA2.get(code);
		if (region == null) {
			return registered;
		}
		var cldr = new ULocale("", region).getDisplayCountry(ULocale.forLocale(language.locale()));
		// ICU answers with the code itself for a region it does not know.
		return (cldr.isBlank() || cldr.equalsIgnoreCase(region)) ? registered : cldr;
	}

	/** A group's name in the page's language: the bundle's, else the register's. */
	public String group(String shortName, String registered) {
		var locale = LocaleContextHolder.getLocale();
		if (Language.of(locale) == Language.ENGLISH) {
			return registered;
		}
		return this.messages.getMessage(groupKey(shortName), null, registered, locale);
	}

	/**
	 * A group's short name in the page's language: the same as {@link #group} for a group
	 * whose short name is its name in words (African Group), else as it is (G77).
	 */
	public String shortName(String shortName, String registered) {
		return shortName.equals(registered) ? group(shortName, registered) : shortName;
	}

	/**
	 * The delegation's name in each language, for a sentence (a refusal, a speaker on
	 * behalf of a group) to say it in the page's: the United Nations' or CLDR's as
	 * {@link #in}, the register's in English. No State's name carries an article yet.
	 */
	public ProperName name(@Nullable Object code, String registered) {
		var names = new EnumMap<Language, String>(Language.class);
		for (var language : Language.values()) {
			names.put(language, in(language, code, registered));
		}
		return new ProperName(registered, names, names);
	}

	/**
	 * A group's name in each language: alone, the bundle's ({@code groupName.<short>}) or
	 * the register's (always the register's in English, as {@link #group}); inside a
	 * sentence, with its article ({@code groupName.<short>.inSentence}: el Grupo de los
	 * Cuatro, l’Union européenne), else as alone. A group added later keeps the name it
	 * was given, everywhere.
	 */
	public ProperName groupName(String shortName, String registered) {
		var alone = new EnumMap<Language, String>(Language.class);
		var inSentence = new EnumMap<Language, String>(Language.class);
		for (var language : Language.values()) {
			var named = this.messages.getMessage(groupKey(shortName), null, null, language.locale());
			alone.put(language, (named == null || language == Language.ENGLISH) ? registered : named);
			// English keeps the register's name, as pages and the API always said it ("on
			// behalf of G4"); its bundle's sentence forms are the translators' source.
			var said = (named == null || language == Language.ENGLISH) ? null
					: this.messages.getMessage(groupKey(shortName) + ".inSentence", null, null, language.locale());
			inSentence.put(language, (said == null) ? alone.get(language) : said);
		}
		return new ProperName(registered, alone, inSentence);
	}

	/**
	 * A speaker as a speakers list names it in the page's language: "México", or "México,
	 * en nombre del Grupo de los 77 y China" ({@code speakers.onBehalfOf.speaker}).
	 */
	public String speaker(@Nullable Object code, String registered, @Nullable String onBehalfOf) {
		if (onBehalfOf == null || onBehalfOf.isBlank()) {
			return of(code, registered);
		}
		var group = groupName(onBehalfOf, onBehalfOf);
		return new Said("speakers.onBehalfOf.speaker", "%s, on behalf of %s".formatted(registered, onBehalfOf),
				name(code, registered), group)
			.onThisPage();
	}

	/** {@code groupName.G77}, {@code groupName.African_Group}, {@code groupName.L_69}. */
	public static String groupKey(String shortName) {
		return "groupName." + shortName.strip().replaceAll("[^A-Za-z0-9]+", "_");
	}

	/** The items in the order of their names in the page's language. */
	public <T> List<T> sorted(List<T> items, Function<T, @Nullable Object> code, Function<T, String> registered) {
		var language = Language.of(LocaleContextHolder.getLocale());
		var collator = Collator.getInstance(ULocale.forLocale(language.locale()));
		collator.setStrength(Collator.TERTIARY);
		Comparator<T> byName = Comparator.comparing((T item) -> in(language, code.apply(item), registered.apply(item)),
				collator::compare);
		return items.stream().sorted(byName).toList();
	}

	/** Delegations in the order of their names in the page's language. */
	public List<DelegationView> delegations(List<DelegationView> delegations) {
		return sorted(delegations, DelegationView::code, DelegationView::name);
	}

	/** A group's members in the order of their names in the page's language. */
	public List<GroupView.Member> members(List<GroupView.Member> members) {
		return sorted(members, GroupView.Member::code, GroupView.Member::name);
	}

	private static Map<String, String> alpha2ByAlpha3() {
		var codes = new HashMap<String, String>();
		for (var alpha2 : Locale.getISOCountries()) {
			codes.put(new Locale("", alpha2).getISO3Country(), alpha2);
		}
		return Map.copyOf(codes);
	}

	private static Map<String, Map<Language, String>> readUnitedNations() {
		var names = new HashMap<String, Map<Language, String>>();
		var languages = List.of(Language.ARABIC, Language.CHINESE, Language.FRENCH, Language.RUSSIAN, Language.SPANISH);
		try (var in = new BufferedReader(new InputStreamReader(
				new ClassPathResource("delegation/un-short-names.tsv").getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = in.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				var cells = line.split("\t");
				var byLanguage = new HashMap<Language, String>();
				for (int i = 0; i < languages.size() && i + 1 < cells.length; i++) {
					if (!cells[i + 1].isBlank()) {
						byLanguage.put(languages.get(i), cells[i + 1].strip());
					}
				}
				names.put(cells[0].strip(), Map.copyOf(byLanguage));
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return Map.copyOf(names);
	}

}
