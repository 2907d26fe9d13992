package org.plenary.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup of the README on a running Plenary: {@code pg_dump} while the application is
 * up, {@code pg_restore} into a fresh database, and the restored database holds the same
 * letters, meetings and texts, row for row. PostgreSQL only (skipped on H2).
 */
@PlenaryIntegrationTest
class BackupRestoreTests {

	/**
	 * What must come back: the letters, the programme's meetings, the negotiated texts.
	 */
	private static final List<String> TABLES = List.of("correspondence_letter", "correspondence_paragraph",
			"correspondence_signatory", "schedule_meeting", "text_text", "text_revision", "text_paragraph");

	@Autowired
	Environment environment;

	@Test
	void aDumpOfTheRunningApplicationRestoresIntoAFreshDatabaseWithTheSameLettersMeetingsAndTexts() throws Exception {
		var url = this.environment.getRequiredProperty("spring.datasource.url");
		assumeTrue(url.startsWith("jdbc:postgresql:"), "a PostgreSQL backup needs PostgreSQL");
		var user = this.environment.getRequiredProperty("spring.datasource.username");
		var password = this.environment.getRequiredProperty("spring.datasource.password");
		var location = URI.create(url.substring("jdbc:".length()));
		var database = location.getPath().substring(1);
		var restored = database + "_restored_" + UUID.randomUUID().toString().substring(0, 8);
		var restoredUrl = url.replaceFirst("/" + database + "(?=$|\\?)", "/" + restored);
		var dump = Files.createTempFile("plenary", ".dump");
		Map<String, String> credentials = Map.of("PGPASSWORD", password);
		try (var original = DriverManager.getConnection(url, user, password)) {
			assertThat(rows(original, "correspondence_letter")).as("letters to back up").isNotEmpty();
			assertThat(rows(original, "schedule_meeting")).as("meetings to back up").isNotEmpty();

			run(credentials, "pg_dump", "--format=custom", "--no-owner", "--host=" + location.getHost(),
					"--port=" + location.getPort(), "--username=" + user, "--file=" + dump, database);
			execute(original, "create database " + restored);
			try {
				run(credentials, "pg_restore", "--no-owner", "--exit-on-error", "--host=" + location.getHost(),
						"--port=" + location.getPort(), "--username=" + user, "--dbname=" + restored, dump.toString());
				try (var copy = DriverManager.getConnection(restoredUrl, user, password)) {
					for (var table : TABLES) {
						assertThat(rows(copy, table)).as(table).isEqualTo(rows(original, table));
					}
				}
			}
			finally {
				execute(original, "drop database if exists " + restored);
			}
		}
		finally {
			Files.deleteIfExists(dump);
		}
	}

	/** Every row of a table as PostgreSQL writes it, in order. */
	private static List<String> rows(Connection connection, String table) throws SQLException {
		var rows = new ArrayList<String>();
		try (var statement = connection.createStatement();
				var result = statement.executeQuery("select t::text from " + table + " t order by 1")) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static void run(Map<String, String> environment, String... command)
			throws IOException, InterruptedException {
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		var process = builder.start();
		var output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
	}

}
