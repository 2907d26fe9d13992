package org.plenary.process;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.NotPermitted;
import org.plenary.system.InvalidInput;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.plenary.identity.Actors.delegateOf;
import static org.plenary.identity.Actors.pgaOffice;

@PlenaryIntegrationTest
class SessionsTests {

	@Autowired
	Sessions sessions;

	@Test
	void registersTheSessionsFromTheSeventiethWithTheirPresidents() {
		assertThat(this.sessions.session(70).presidentName()).isEqualTo("Mogens Lykketoft");
		assertThat(this.sessions.session(71).presidentName()).isEqualTo("Peter Thomson");
		assertThat(this.sessions.session(72).presidentName()).isEqualTo("Miroslav Lajčák");
		assertThat(this.sessions.sessions()).extracting(SessionView::number).contains(70, 75, 80, 81);
	}

	@Test
	void findsTheSessionOfADayInALetter() {
		// Seed 000 is dated 16 February 2018: the 72nd session.
		assertThat(this.sessions.sessionOn(LocalDate.of(2018, 2, 16))).map(SessionView::number).contains(72);
		assertThat(this.sessions.sessionOn(LocalDate.of(2015, 12, 14))).map(SessionView::number).contains(70);
	}

	@Test
	void refusesASessionWhosePeriodOverlapsAnother() {
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> this.sessions
				.open(new NewSession(54, LocalDate.of(2015, 10, 1), LocalDate.of(2016, 1, 1), null, null), pgaOffice()))
			.satisfies((e) -> assertThat(e.reason()).contains("70th"));
	}

	@Test
	void refusesANewSessionFromADelegate() {
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.sessions
			.open(new NewSession(950, LocalDate.of(2950, 9, 1), null, null, null), delegateOf("MEX")));
	}

}
