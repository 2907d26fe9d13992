package org.plenary.delegation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
		.compile("\\('[A-Z]{2,3}', '((?:[^']|'')+)', '(?:MEMBER_STATE|OBSERVER_STATE)'");

	private static final List<String> NAMES = read();

	private StatesOfTheRegister() {
	}

	/** The names, in the register's order. */
	public static List<String> names() {
		return NAMES;
	}

	private static List<String> read() {
		try (InputStream in = StatesOfTheRegister.class.getClassLoader().getResourceAsStream(REGISTER)) {
			if (in == null) {
				throw new IllegalStateException("The register of delegations is missing: " + REGISTER);
			}
			var sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			var names = new ArrayList<String>();
			var rows = ROW.matcher(sql);
			while (rows.find()) {
				names.add(rows.group(1).replace("''", "'"));
			}
			return List.copyOf(names);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
