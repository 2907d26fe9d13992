package org.plenary.identity;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.identity.Actors.administrator;
import static org.plenary.identity.Actors.delegateOf;
import static org.plenary.identity.Actors.facilitatorOf;
import static org.plenary.identity.Actors.pgaOffice;
import static org.plenary.identity.Actors.secretariatOf;

class ActorTests {

	static final UUID IGN = UUID.randomUUID();

	static final UUID GCM = UUID.randomUUID();

	@Test
	void aDelegateActsForTheirOwnDelegationOnly() {
		var mexico = delegateOf("MEX");
		assertThat(mexico.actsFor("MEX")).isTrue();
		assertThat(mexico.actsFor("FRA")).isFalse();
		assertThat(mexico.delegation()).contains("MEX");
	}

	@Test
	void aFacilitatorRunsTheirOwnProcessOnly() {
		var chair = facilitatorOf(IGN);
		assertThat(chair.mayRun(IGN)).isTrue();
		assertThat(chair.mayRun(GCM)).isFalse();
		assertThat(chair.actsFor("MEX")).isFalse();
	}

	@Test
	void theSecretariatOfAProcessRunsIt() {
		assertThat(secretariatOf(IGN).mayRun(IGN)).isTrue();
		assertThat(secretariatOf(IGN).mayRun(GCM)).isFalse();
	}

	@Test
	void theAdministratorAndThePgaOfficeKeepTheRegisterAndRunEveryProcess() {
		assertThat(administrator().keepsTheRegister()).isTrue();
		assertThat(pgaOffice().keepsTheRegister()).isTrue();
		assertThat(pgaOffice().mayRun(GCM)).isTrue();
		assertThat(delegateOf("MEX").keepsTheRegister()).isFalse();
		assertThat(facilitatorOf(IGN).keepsTheRegister()).isFalse();
	}

	@Test
	void theAnonymousPublicMayDoNothing() {
		var anonymous = Actor.anonymous();
		assertThat(anonymous.isAnonymous()).isTrue();
		assertThat(anonymous.mayRun(IGN)).isFalse();
		assertThat(anonymous.actsFor("MEX")).isFalse();
		assertThat(anonymous.keepsTheRegister()).isFalse();
	}

}
