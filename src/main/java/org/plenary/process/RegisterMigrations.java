package org.plenary.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of this module's migrations, for the readers of the register that run without
 * a database ({@link PresidentsOfTheRegister}, {@link AppointmentsOfTheRegister}): one
 * way of reading them.
 */
final class RegisterMigrations {

	private RegisterMigrations() {
	}

	/** The migration's SQL, read from the class path; missing, it is an error. */
	static String text(String file) {
		try (InputStream in = RegisterMigrations.class.getClassLoader().getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalStateException("The register's migration is missing: " + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A quoted SQL string's text. */
	static String unquoted(String quoted) {
		return quoted.replace("''", "'");
	}

}
