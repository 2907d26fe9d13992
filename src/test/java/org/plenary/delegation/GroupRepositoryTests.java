package org.plenary.delegation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries of the register on the configured database (H2 or PostgreSQL), with the
 * schema Flyway builds.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class GroupRepositoryTests {

	@Autowired
	GroupRepository groups;

	@Autowired
	DelegationRepository delegations;

	@Test
	void findsAGroupByItsShortNameWhateverTheCase() {
		assertThat(this.groups.findByShortNameIgnoreCase("l.69")).map(GroupOfStates::shortName).contains("L.69");
		assertThat(this.groups.existsByShortNameIgnoreCase("caricom")).isTrue();
	}

	@Test
	void loadsAGroupWithItsMemberships() {
		var arabGroup = this.groups.findByShortNameIgnoreCase("Arab Group").orElseThrow();
		assertThat(arabGroup.memberships()).hasSize(22);
		assertThat(arabGroup.hasMember("PSE")).isTrue();
	}

	@Test
	void listsDelegationsByNameWithAccentsInPlace() {
		var names = this.delegations.findAllByOrderByNameAsc().stream().map(Delegation::name).toList();
		assertThat(names).hasSize(196).contains("Côte d'Ivoire", "Türkiye", "Holy See", "European Union");
	}

}
