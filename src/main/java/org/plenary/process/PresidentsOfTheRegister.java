package org.plenary.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The Presidents of the General Assembly as the register's own migrations record them,
 * session by session, for readers that run without a database (the letter extractor, its
 * command and its benchmark). Read once from the migrations only this module knows, as
 * {@code delegation}'s {@code StatesOfTheRegister} reads the names of States: a running
 * Plenary reads the live register through {@link Sessions} instead.
 */
public final class PresidentsOfTheRegister {

	static final List<String> MIGRATIONS = List.of("db/migration/process/V202611252320__create_sessions.sql",
			"db/migration/process/V202612062201__earlier_sessions.sql");

	private static final Pattern ROW = Pattern.compile("\\((\\d+), '([^']*)', (?:'([^']*)'|null), '((?:[^']|'')+)'");

	/**
	 * A President's term: the session, the day it opened and, where recorded, the day it
	 * closed.
	 */
	public record Term(int session, LocalDate opensOn, @Nullable LocalDate closesOn, String name) {
	}

	private static final List<Term> TERMS = read();

	private PresidentsOfTheRegister() {
	}

	/** The terms, the earliest first. */
	public static List<Term> terms() {
		return TERMS;
	}

	private static List<Term> read() {
		var terms = new ArrayList<Term>();
		for (var file : MIGRATIONS) {
			var rows = ROW.matcher(RegisterMigrations.text(file));
			while (rows.find()) {
				terms.add(new Term(Integer.parseInt(rows.group(1)), LocalDate.parse(rows.group(2)),
						rows.group(3) == null ? null : LocalDate.parse(rows.group(3)),
						RegisterMigrations.unquoted(rows.group(4))));
			}
		}
		terms.sort(Comparator.comparing(Term::opensOn));
		return List.copyOf(terms);
	}

}
