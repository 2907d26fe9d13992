package org.plenary.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacilitatorRoleTests {

	@Test
	void readsARoleHoweverItIsWritten() {
		assertThat(FacilitatorRole.written("Co-Chairs")).contains(FacilitatorRole.CO_CHAIR);
		assertThat(FacilitatorRole.written("co-chair")).contains(FacilitatorRole.CO_CHAIR);
		assertThat(FacilitatorRole.written("Cofacilitator")).contains(FacilitatorRole.CO_FACILITATOR);
		assertThat(FacilitatorRole.written("Chair")).contains(FacilitatorRole.CHAIR);
		assertThat(FacilitatorRole.written("Facilitators")).contains(FacilitatorRole.FACILITATOR);
		assertThat(FacilitatorRole.written("President of the General Assembly")).isEmpty();
		assertThat(FacilitatorRole.written(null)).isEmpty();
	}

}
