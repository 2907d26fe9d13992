package org.plenary.delegation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The names of the Member States and observer States as the register writes them, for
 * readers that run without a database (the letter extractor, its command and its
 * benchmark). Read once from the register's own first migration, which only this module
 * knows: the register has one list of names.
 */
public final class StatesOfTheRegister {

	private static final String REGISTER = "db/migration/delegation/V202611252300__create_delegations.sql";

	private static final Pattern ROW = Pattern
		.compile("\\('([A-Z]{2,3})', '((?:[^']|'')+)', '(?:MEMBER_STATE|OBSERVER_STATE)'");

	/** The names by the States' codes, in the register's order. */
	private static final Map<String, String> BY_CODE = read();

	private static final List<String> NAMES = List.copyOf(BY_CODE.values());

	private StatesOfTheRegister() {
	}

	/** The names, in the register's order. */
	public static List<String> names() {
		return NAMES;
	}

	/**
	 * The name of the State with this code ("PAK": "Pakistan"), if the register has it.
	 */
	public static Optional<String> nameOf(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	private static Map<String, String> read() {
		try (InputStream in = StatesOfTheRegister.class.getClassLoader().getResourceAsStream(REGISTER)) {
			if (in == null) {
				throw new IllegalStateException("The register of delegations is missing: " + REGISTER);
			}
			var sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			var names = new LinkedHashMap<String, String>();
			var rows = ROW.matcher(sql);
			while (rows.find()) {
				names.put(rows.group(1), rows.group(2).replace("''", "'"));
			}
			return Collections.unmodifiableMap(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
