package org.plenary.process;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.plenary.delegation.StatesOfTheRegister;

/**
 * The register of earlier appointments ({@link EarlierAppointment}) as this module's
 * migration records it, for readers that run without a database (the letter extractor and
 * its command), read the way {@link PresidentsOfTheRegister} reads the sessions: a
 * running Plenary reads them through {@link EarlierAppointments} instead.
 */
public final class AppointmentsOfTheRegister {

	static final String MIGRATION = "db/migration/process/V202612131701__earlier_appointments.sql";

	private static final String TEXT = "'((?:[^']|'')*)'";

	/** {@code (id, session, 'mandate', 'ROLE', 'name', 'ISO' or null, 'source')} */
	private static final Pattern ROW = Pattern
		.compile("\\(\\d+, (\\d+), " + TEXT + ", '([A-Z_]+)', " + TEXT + ", (?:'([A-Z]{2,3})'|null), " + TEXT + "\\)");

	private static final List<EarlierAppointment> APPOINTMENTS = read();

	private AppointmentsOfTheRegister() {
	}

	/** The appointments, session by session, in the migration's order. */
	public static List<EarlierAppointment> appointments() {
		return APPOINTMENTS;
	}

	private static List<EarlierAppointment> read() {
		var appointments = new ArrayList<EarlierAppointment>();
		var rows = ROW.matcher(RegisterMigrations.text(MIGRATION));
		while (rows.find()) {
			var code = rows.group(5);
			appointments
				.add(new EarlierAppointment(Integer.parseInt(rows.group(1)), RegisterMigrations.unquoted(rows.group(2)),
						rows.group(3), RegisterMigrations.unquoted(rows.group(4)), code,
						code == null ? null : StatesOfTheRegister.nameOf(code).orElse(null),
						RegisterMigrations.unquoted(rows.group(6))));
		}
		return List.copyOf(appointments);
	}

}
