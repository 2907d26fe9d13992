package org.plenary.delegation;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.identity.AuditTrail;
import org.plenary.identity.NotPermitted;
import org.plenary.identity.NotYourDelegation;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.plenary.identity.Actors.administrator;
import static org.plenary.identity.Actors.delegateOf;
import static org.plenary.identity.Actors.observer;
import static org.plenary.identity.Actors.pgaOffice;

@PlenaryIntegrationTest
class DelegationsTests {

	@Autowired
	java.time.Clock clock;

	@Autowired
	Delegations delegations;

	@Autowired
	AuditTrail audit;

	@Autowired
	org.plenary.identity.DelegationDirectory directory;

	@Test
	void listsDelegationsInTheOrderOfTheUnitedNationsNotByCodePoint() {
		var names = this.delegations.delegations(DelegationFilter.all()).stream().map(DelegationView::name).toList();

		assertThat(names.indexOf("Côte d'Ivoire")).isPositive().isLessThan(names.indexOf("Croatia"));
		assertThat(names.indexOf("Türkiye")).isPositive().isLessThan(names.indexOf("Turkmenistan"));
		var choices = this.directory.delegationChoices().stream().map((c) -> c.label()).toList();
		assertThat(choices.indexOf("Côte d'Ivoire")).isLessThan(choices.indexOf("Croatia"));
	}

	@Test
	void registersThe193MemberStatesInTheirRegionalGroups() {
		var members = this.delegations.delegations(new DelegationFilter(DelegationKind.MEMBER_STATE, null, null, null));
		assertThat(members).hasSize(193);
		assertThat(members).filteredOn((d) -> d.regionalGroup() == RegionalGroup.AFRICAN).hasSize(54);
		assertThat(members).filteredOn((d) -> d.regionalGroup() == RegionalGroup.ASIA_PACIFIC).hasSize(53);
		assertThat(members).filteredOn((d) -> d.regionalGroup() == RegionalGroup.EASTERN_EUROPEAN).hasSize(23);
		assertThat(members).filteredOn((d) -> d.regionalGroup() == RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN)
			.hasSize(33);
		// 28 members and the United States, an observer counted as a member for
		// elections.
		assertThat(members).filteredOn((d) -> d.regionalGroup() == RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS)
			.hasSize(29);
		assertThat(members).filteredOn((d) -> d.regionalGroup() == null)
			.extracting(DelegationView::name)
			.containsExactly("Kiribati");
	}

	@Test
	void knowsTheFivePermanentMembers() {
		assertThat(this.delegations.delegations(DelegationFilter.all())).filteredOn(DelegationView::permanentMember)
			.extracting((d) -> d.code().value())
			.containsExactlyInAnyOrder("CHN", "FRA", "RUS", "GBR", "USA");
	}

	@Test
	void explainsTheSpecialCasesOfTheRegionalGroups() {
		assertThat(this.delegations.delegation(DelegationCode.of("USA")).regionalGroupNote()).contains("observer");
		assertThat(this.delegations.delegation(DelegationCode.of("TUR")).regionalGroupNote()).contains("Asia-Pacific");
		assertThat(this.delegations.delegation(DelegationCode.of("ISR")).regionalGroupNote()).contains("2000");
	}

	@Test
	void registersTheObserverStatesAndTheEuropeanUnion() {
		assertThat(this.delegations.delegations(new DelegationFilter(DelegationKind.OBSERVER_STATE, null, null, null)))
			.extracting(DelegationView::name)
			.containsExactly("Holy See", "State of Palestine");
		assertThat(this.delegations.delegation(DelegationCode.of("EU")).kind())
			.isEqualTo(DelegationKind.OBSERVER_ORGANIZATION);
	}

	@Test
	void findsNamesWrittenWithoutTheirAccents() {
		assertThat(this.delegations.delegations(new DelegationFilter(null, null, null, "cote d'ivoire")))
			.extracting(DelegationView::name)
			.containsExactly("Côte d'Ivoire");
		assertThat(this.delegations.delegations(new DelegationFilter(null, null, null, "turkiye")))
			.extracting(DelegationView::name)
			.containsExactly("Türkiye");
	}

	@Test
	void listsTheMembersOfTheGroupsThatSpeakInTheIgn() {
		assertThat(this.delegations.groupNamed("G4").orElseThrow().members()).extracting((m) -> m.code().value())
			.containsExactlyInAnyOrder("BRA", "DEU", "IND", "JPN");
		assertThat(this.delegations.groupNamed("African Group").orElseThrow().members()).hasSize(54);
		assertThat(this.delegations.groupNamed("C-10").orElseThrow().coordinator()).isEqualTo(DelegationCode.of("SLE"));
		assertThat(this.delegations.groupNamed("EU").orElseThrow().members()).hasSize(27);
		assertThat(this.delegations.groupNamed("CARICOM").orElseThrow().members()).hasSize(14);
		assertThat(this.delegations.groupsOf(DelegationCode.of("MEX"))).extracting(GroupView::shortName)
			.contains("UfC");
	}

	@Test
	void filtersDelegationsByGroupOfStates() {
		var nordic = this.delegations.groupNamed("Nordic countries").orElseThrow();
		assertThat(this.delegations.delegations(new DelegationFilter(null, null, nordic.id(), null)))
			.extracting(DelegationView::name)
			.containsExactly("Denmark", "Finland", "Iceland", "Norway", "Sweden");
	}

	@Test
	void theRegisterKeepersChangeAGroupsMembershipAndTheAuditTrailSaysSo() {
		var group = aNewGroupOf("BRA", "IND");
		this.delegations.join(group.id(), DelegationCode.of("ZAF"), pgaOffice());
		var changed = this.delegations.leave(group.id(), DelegationCode.of("IND"), administrator());

		assertThat(changed.members()).extracting((m) -> m.code().value()).containsExactly("BRA", "ZAF");
		assertThat(changed.formerMembers()).extracting((m) -> m.code().value()).containsExactly("IND");
		assertThat(this.audit.entries("group " + group.shortName(), 0, administrator()).getContent())
			.extracting((e) -> e.action())
			.contains("group.created", "group.joined", "group.left");
	}

	@Test
	void theCoordinatorsDelegateChangesTheGroupsMembership() {
		var group = aNewGroupOf("VCT", "LCA");
		this.delegations.describeGroup(group.id(), group.name(), null, DelegationCode.of("VCT"), administrator());

		var changed = this.delegations.join(group.id(), DelegationCode.of("JAM"), delegateOf("VCT"));

		assertThat(changed.hasMember(DelegationCode.of("JAM"))).isTrue();
	}

	@Test
	void refusesAMembershipChangeByTheDelegateOfAnotherState() {
		var group = aNewGroupOf("VCT", "LCA");
		this.delegations.describeGroup(group.id(), group.name(), null, DelegationCode.of("VCT"), administrator());

		assertThatExceptionOfType(NotYourDelegation.class)
			.isThrownBy(() -> this.delegations.join(group.id(), DelegationCode.of("JAM"), delegateOf("LCA")));
		assertThat(this.delegations.group(group.id()).hasMember(DelegationCode.of("JAM"))).isFalse();
	}

	@Test
	void refusesAMembershipChangeByAnObserver() {
		var group = aNewGroupOf("BRA");
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.delegations.leave(group.id(), DelegationCode.of("BRA"), observer()));
	}

	@Test
	void refusesAnUnknownDelegationAsAMember() {
		var group = aNewGroupOf("BRA");
		assertThatExceptionOfType(DelegationNotFound.class)
			.isThrownBy(() -> this.delegations.join(group.id(), DelegationCode.of("XYZ"), administrator()));
	}

	@Test
	void refusesANewGroupFromADelegate() {
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.delegations
			.createGroup(new NewGroup("X-" + UUID.randomUUID(), "X", null, null, List.of()), delegateOf("MEX")));
	}

	@Test
	void listsTheNegotiatingGroupsADelegateLooksForWithTheirMembersAndSources() {
		var g77 = this.delegations.groupNamed("G77").orElseThrow();
		assertThat(g77.name()).isEqualTo("Group of 77 and China");
		assertThat(g77.members()).hasSize(135).extracting((m) -> m.code().value()).contains("CHN", "PSE", "BIH");
		assertThat(g77.sourceNote()).contains("g77.org");
		assertThat(this.delegations.groupNamed("NAM").orElseThrow().members()).hasSize(120);
		assertThat(this.delegations.groupNamed("NAM").orElseThrow().coordinator()).isEqualTo(DelegationCode.of("UGA"));
		assertThat(this.delegations.groupNamed("OIC").orElseThrow().members()).hasSize(57);
		assertThat(this.delegations.groupNamed("AOSIS").orElseThrow().members()).hasSize(37);
		assertThat(this.delegations.groupNamed("SIDS").orElseThrow().members()).extracting((m) -> m.code().value())
			.contains("BHR", "SGP");
		assertThat(this.delegations.groupNamed("LDC").orElseThrow().members()).hasSize(44);
		assertThat(this.delegations.groupNamed("LDC").orElseThrow().sourceNote()).contains("UN-OHRLLS");
		assertThat(this.delegations.groupNamed("LLDC").orElseThrow().members()).hasSize(32);
		assertThat(this.delegations.groupNamed("CELAC").orElseThrow().members()).hasSize(33);
		assertThat(this.delegations.groupNamed("African Group").orElseThrow().description()).contains("African Union");
		assertThat(this.delegations.groupsOf(DelegationCode.of("FJI"))).extracting(GroupView::shortName)
			.contains("G77", "NAM", "AOSIS", "SIDS", "PSIDS");
	}

	@Test
	void aCoordinatorSpeaksForTheGroupOnlyDuringTheTermThePgaOfficeRecorded() {
		var group = aNewGroupOf("BRA", "MEX", "JAM");
		var today = java.time.LocalDate.now(this.clock);

		var past = this.delegations.appointCoordinator(group.id(), DelegationCode.of("JAM"), today.minusYears(1),
				today.minusDays(1), pgaOffice());
		assertThat(past.coordinator()).as("Jamaica's term is over").isNull();
		assertThat(past.coordination().code()).isEqualTo(DelegationCode.of("JAM"));
		assertThat(past.coordination().current()).isFalse();
		var speaker = new Speaker(SpeakerKind.GROUP, group.shortName(), group.name());
		assertThatExceptionOfType(NotPermitted.class)
			.isThrownBy(() -> this.delegations.requireSpeaksFor(speaker, delegateOf("JAM"), "state a position"));

		var current = this.delegations.appointCoordinator(group.id(), DelegationCode.of("MEX"), today,
				today.plusYears(1).minusDays(1), administrator());
		assertThat(current.coordinator()).isEqualTo(DelegationCode.of("MEX"));
		this.delegations.requireSpeaksFor(speaker, delegateOf("MEX"), "state a position");
		assertThat(this.audit.entries("group " + group.shortName(), 0, administrator()).getContent())
			.anySatisfy((entry) -> assertThat(entry.detail()).startsWith("MEX from " + today));
	}

	@Test
	void onlyThePgaOfficeOrTheAdministratorRecordAGroupsCoordinator() {
		var group = aNewGroupOf("BRA", "MEX");
		var today = java.time.LocalDate.now(this.clock);

		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.delegations.appointCoordinator(group.id(),
				DelegationCode.of("MEX"), today, null, delegateOf("MEX")));
		assertThatExceptionOfType(NotPermitted.class).isThrownBy(() -> this.delegations.appointCoordinator(group.id(),
				DelegationCode.of("MEX"), today, null, org.plenary.identity.Actors.facilitatorOf(UUID.randomUUID())));
		assertThatExceptionOfType(org.plenary.system.InvalidInput.class)
			.isThrownBy(() -> this.delegations.appointCoordinator(group.id(), DelegationCode.of("MEX"), today,
					today.minusDays(1), pgaOffice()))
			.withMessageContaining("ends before it begins");
		assertThatExceptionOfType(NotAMember.class).isThrownBy(() -> this.delegations.appointCoordinator(group.id(),
				DelegationCode.of("JPN"), today, null, pgaOffice()));
		assertThat(this.delegations.group(group.id()).coordination()).isNull();
	}

	private GroupView aNewGroupOf(String... members) {
		var shortName = "Friends " + UUID.randomUUID().toString().substring(0, 8);
		return this.delegations.createGroup(new NewGroup(shortName, "Group of Friends for tests", null, null,
				List.of(members).stream().map(DelegationCode::of).toList()), administrator());
	}

}
