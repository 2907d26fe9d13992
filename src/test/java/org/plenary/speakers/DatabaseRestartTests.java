package org.plenary.speakers;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.Actors;
import org.plenary.identity.Grant;
import org.plenary.identity.TestAccounts;
import org.plenary.process.NewProcess;
import org.plenary.process.Processes;
import org.plenary.schedule.MeetingId;
import org.plenary.schedule.MeetingMode;
import org.plenary.schedule.PlanMeetings;
import org.plenary.schedule.Programme;
import org.plenary.schedule.StandardSlot;
import org.plenary.system.DatabaseOutage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The database goes away in the middle of a meeting and comes back: every inscription
 * that was acknowledged is still there, what was tried meanwhile is answered "not saved"
 * (503, never a 500 or a 401), nothing is half-written, and the meeting goes on. On
 * PostgreSQL the server also cuts every connection Plenary holds, as a restart does.
 */
@PlenaryIntegrationTest
@Import(DatabaseRestartTests.Restartable.class)
class DatabaseRestartTests {

	private static final List<String> BEFORE = List.of("MEX", "BRA", "CHE", "DEU", "IND", "JPN", "NGA", "ZAF", "EGY",
			"FRA");

	private static final List<String> DURING = List.of("ARG", "CAN", "KEN", "NOR", "PAK");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Processes processes;

	@Autowired
	Programme programme;

	@Autowired
	SpeakersLists speakers;

	@Autowired
	RestartableDatabase database;

	@Test
	void losesNoAcknowledgedInscriptionAndSaysPlainlyWhatWasNotSaved() throws Exception {
		var meeting = aMeeting();
		var process = this.programme.meeting(meeting).process().value();
		var secretariat = this.accounts.holding(Grant.secretariatOf(process));
		this.speakers.open(meeting, Actors.secretariatOf(process));
		for (var delegation : BEFORE) {
			inscribe(meeting, secretariat, delegation).andExpect(status().isOk());
		}

		this.database.goAway();
		try {
			for (var delegation : DURING) {
				inscribe(meeting, secretariat, delegation).andExpect(status().isServiceUnavailable())
					.andExpect(header().string("Retry-After", "5"))
					.andExpect(jsonPath("$.detail").value(DatabaseOutage.NOT_SAVED));
			}
			var console = this.mvc
				.perform(post("/meetings/" + meeting + "/speakers/console/next").with(user(secretariat.username()))
					.with(csrf())
					.header("Referer", "http://localhost/meetings/" + meeting + "/speakers/console"))
				.andExpect(status().isServiceUnavailable())
				.andReturn()
				.getResponse();
			assertThat(console.getContentAsString()).contains("<h1>Not saved</h1>")
				.contains("This was not saved: the database could not be reached.")
				.contains("href=\"http://localhost/meetings/" + meeting + "/speakers/console\"");
		}
		finally {
			this.database.comeBack();
		}

		var list = this.speakers.list(meeting);
		assertThat(list.statements()).extracting(InscriptionView::delegation)
			.as("every acknowledged inscription, and nothing of what was not saved")
			.containsExactlyInAnyOrderElementsOf(BEFORE);
		assertThat(list.current()).as("the floor was not given while the database was away").isNull();

		for (var delegation : DURING) {
			inscribe(meeting, secretariat, delegation).andExpect(status().isOk());
		}
		this.mvc
			.perform(post("/meetings/" + meeting + "/speakers/console/next").with(user(secretariat.username()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		var after = this.speakers.list(meeting);
		assertThat(after.statements()).hasSize(BEFORE.size() + DURING.size());
		assertThat(after.statements()).extracting(InscriptionView::position)
			.as("unique and gap-free")
			.containsExactlyElementsOf(
					java.util.stream.IntStream.rangeClosed(1, BEFORE.size() + DURING.size()).boxed().toList());
		assertThat(after.current()).isNotNull();
		this.mvc.perform(get("/api/meetings/" + meeting + "/speakers"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current.delegation").value(after.current().delegation()));
	}

	private ResultActions inscribe(MeetingId meeting, TestAccounts.Credentials who, String delegation)
			throws Exception {
		return this.mvc.perform(post("/api/meetings/" + meeting + "/speakers").with(who.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"delegation\":\"" + delegation + "\"}"));
	}

	private MeetingId aMeeting() {
		var process = this.processes.create(new NewProcess("DR " + UUID.randomUUID().toString().substring(0, 8),
				"A meeting through a database restart", null, null), Actors.administrator());
		return this.programme
			.plan(new PlanMeetings(process.id(), List.of(LocalDate.of(2039, 6, 7)), List.of(StandardSlot.MORNING), null,
					null, "informal meeting", null, MeetingMode.IN_PERSON, List.of(), null, null, null, null, true,
					true, null), Actors.administrator())
			.meeting()
			.id();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Restartable {

		@Bean
		static BeanPostProcessor restartableDatabase() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource source && !(bean instanceof RestartableDatabase))
							? new RestartableDatabase(source) : bean;
				}
			};
		}

	}

	/**
	 * The application's database as a restart shows it to Plenary: while away, no
	 * connection can be had (SQLSTATE 08001, as the drivers say it); on PostgreSQL, the
	 * server also cuts every connection already open, idle ones in the pool and the one
	 * that listens for live events included.
	 */
	static class RestartableDatabase extends DelegatingDataSource {

		private volatile boolean away;

		private volatile long awaySince;

		RestartableDatabase(DataSource target) {
			super(target);
		}

		void goAway() throws SQLException {
			try (var connection = super.getConnection()) {
				if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
					var cut = new JdbcTemplate(getTargetDataSource())
						.queryForList("select pg_terminate_backend(pid) from pg_stat_activity "
								+ "where datname = current_database() and pid <> pg_backend_pid() "
								+ "and usename = current_user", Boolean.class);
					assertThat(cut).isNotEmpty();
				}
			}
			this.awaySince = System.currentTimeMillis();
			this.away = true;
		}

		/**
		 * After a second at least, as a restart takes: the pool checks a connection idle
		 * for longer than half a second before lending it, and replaces those the server
		 * cut.
		 */
		void comeBack() throws InterruptedException {
			var left = this.awaySince + 1_000 - System.currentTimeMillis();
			if (left > 0) {
				Thread.sleep(left);
			}
			this.away = false;
		}

		@Override
		public Connection getConnection() throws SQLException {
			refuseWhileAway();
			return super.getConnection();
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			refuseWhileAway();
			return super.getConnection(username, password);
		}

		private void refuseWhileAway() throws SQLException {
			if (this.away) {
				throw new SQLTransientConnectionException("Connection refused: the database is restarting", "08001");
			}
		}

	}

}
