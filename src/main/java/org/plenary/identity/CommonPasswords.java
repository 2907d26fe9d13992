package org.plenary.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords people choose most often, which guessing tries first: the 30,000 of
 * zxcvbn's list (MIT licence, from leaked password sets), read once from its jar.
 */
final class CommonPasswords {

	private static final String LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

	private static final Set<String> PASSWORDS = read();

	private CommonPasswords() {
	}

	/**
	 * Whether the password is among the most common, in any case, or is one character
	 * repeated.
	 */
	static boolean isCommon(String password) {
		var lower = password.toLowerCase(Locale.ROOT);
		return PASSWORDS.contains(lower) || lower.codePoints().distinct().count() == 1;
	}

	private static Set<String> read() {
		var passwords = new HashSet<String>(40_000);
		try (var in = CommonPasswords.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + LIST);
			}
			var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (var line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isBlank()) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}
