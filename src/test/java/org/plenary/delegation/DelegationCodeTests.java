package org.plenary.delegation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DelegationCodeTests {

	@Test
	void readsACodeInAnyCase() {
		assertThat(DelegationCode.of(" mex ").value()).isEqualTo("MEX");
		assertThat(DelegationCode.of("eu").value()).isEqualTo("EU");
	}

	@Test
	void refusesWhatIsNotACode() {
		assertThatIllegalArgumentException().isThrownBy(() -> DelegationCode.of("Mexico"));
		assertThatIllegalArgumentException().isThrownBy(() -> DelegationCode.of("M3X"));
		assertThatIllegalArgumentException().isThrownBy(() -> DelegationCode.of(""));
	}

	@Test
	void foldsAccentsForSearch() {
		assertThat(Delegations.fold("Côte d'Ivoire")).isEqualTo("cote d'ivoire");
		assertThat(Delegations.fold("Türkiye")).isEqualTo("turkiye");
	}

}
