package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.PlenaryIntegrationTest;
import org.plenary.delegation.RegionalGroup;
import org.plenary.identity.Actor;
import org.plenary.identity.Actors;
import org.plenary.identity.NotYourDelegation;
import org.plenary.identity.NotYourProcess;
import org.plenary.process.NewProcess;
import org.plenary.process.ProcessView;
import org.plenary.process.Processes;
import org.plenary.system.WordDiff;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@PlenaryIntegrationTest
class ElementsTests {

	@Autowired
	Elements elements;

	@Autowired
	Positions positions;

	@Autowired
	Processes processes;

	ProcessView process;

	Actor facilitator;

	UUID categories;

	UUID veto;

	@BeforeEach
	void aProcessWithTwoClusters() {
		var created = this.processes.create(
				new NewProcess("EL " + UUID.randomUUID().toString().substring(0, 6), "Elements under test", null, null),
				Actors.administrator());
		this.processes.addTopic(created.id(), "Categories of membership", Actors.administrator());
		this.process = this.processes.addTopic(created.id(), "The question of the veto", Actors.administrator());
		this.categories = this.process.topics().get(0).id();
		this.veto = this.process.topics().get(1).id();
		this.facilitator = Actors.facilitatorOf(this.process.id().value());
	}

	@Test
	void composesARevisionCountsItsSupportByRegionAndNeverChangesItOnceIssued() {
		var brazil = position("BRA", true);
		var nigeria = position("NGA", true);
		var italy = position("ITA", true);
		var hidden = position("DEU", false);
		this.elements.draft(this.process.id(), "Elements of Commonality", 71, LocalDate.of(2017, 7, 12),
				this.facilitator);
		var composed = this.elements.add(this.process.id(), 1,
				new NewElement(this.categories, ElementKind.COMMONALITY,
						"Member States agree that the Council should be enlarged.", List.of(brazil, nigeria, hidden),
						List.of(italy)),
				null, this.facilitator);
		assertThat(composed.clusters().get(0).elements().get(0).support().delegationsFor())
			.as("the facilitators see every position, Germany's unpublished one too")
			.isEqualTo(3);
		assertThat(composed.clusters().get(0).elements().get(0).supporting())
			.as("what the form to change it starts from")
			.containsExactlyInAnyOrder(brazil, nigeria, hidden);
		assertThatExceptionOfType(ElementsRefusal.class)
			.isThrownBy(() -> this.elements.revision(this.process.id(), 1, Actor.anonymous()))
			.as("a draft is for those who run the process")
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(404));
		assertThatExceptionOfType(NotYourProcess.class)
			.isThrownBy(() -> this.elements.issue(this.process.id(), 1, Actors.delegateOf("BRA")));

		this.elements.issue(this.process.id(), 1, this.facilitator);

		var issued = this.elements.revision(this.process.id(), 1, Actor.anonymous());
		assertThat(issued.status()).isEqualTo(RevisionStatus.ISSUED);
		var element = issued.clusters().get(0).elements().get(0);
		assertThat(element.support().delegationsFor()).as("Germany's position is not published").isEqualTo(2);
		assertThat(element.support().regionsFor()).containsOnly(Map.entry(RegionalGroup.AFRICAN, 1),
				Map.entry(RegionalGroup.LATIN_AMERICAN_AND_CARIBBEAN, 1));
		assertThat(element.support().delegationsAgainst()).isEqualTo(1);
		assertThat(element.support().regionsAgainst())
			.containsOnly(Map.entry(RegionalGroup.WESTERN_EUROPEAN_AND_OTHERS, 1));
		assertThat(element.support().opponents()).containsExactly("Italy");
		assertThatExceptionOfType(ElementsRefusal.class)
			.isThrownBy(() -> this.elements.add(this.process.id(), 1,
					new NewElement(this.veto, ElementKind.ISSUE_FOR_FURTHER_CONSIDERATION, "The veto.", List.of(),
							List.of()),
					null, this.facilitator))
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(409));
	}

	@Test
	void draftsTheNextRevisionFromTheLastAndShowsWhatChangedElementByElement() {
		var first = issuedRevisionWith("Expansion in both categories of membership", "The veto should be abolished.");
		var lineages = first.clusters().stream().flatMap((c) -> c.elements().stream()).map((e) -> e.lineage()).toList();
		var second = this.elements.draft(this.process.id(), "Revised Elements", 72, LocalDate.of(2018, 6, 1),
				this.facilitator);
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.clusters().get(0).elements()).extracting((e) -> e.text())
			.containsExactly("Expansion in both categories of membership");

		this.elements.change(this.process.id(), 2, lineages.get(0),
				new NewElement(this.categories, ElementKind.ISSUE_FOR_FURTHER_CONSIDERATION,
						"Expansion in the non-permanent category of membership", List.of(), List.of()),
				null, this.facilitator);
		this.elements.remove(this.process.id(), 2, lineages.get(1), null, this.facilitator);
		this.elements.add(this.process.id(), 2, new NewElement(this.veto, ElementKind.COMMONALITY,
				"The use of the veto should be explained.", List.of(), List.of()), null, this.facilitator);
		this.elements.issue(this.process.id(), 2, this.facilitator);

		var comparison = this.elements.compare(this.process.id(), 1, 2, Actor.anonymous());

		assertThat(comparison.elements()).extracting(ElementsComparison.ElementChange::status)
			.containsExactly(ElementsComparison.Status.CHANGED, ElementsComparison.Status.ADDED,
					ElementsComparison.Status.REMOVED);
		var changed = comparison.elements().get(0);
		assertThat(changed.kindBefore()).isEqualTo(ElementKind.COMMONALITY);
		assertThat(changed.kindAfter()).isEqualTo(ElementKind.ISSUE_FOR_FURTHER_CONSIDERATION);
		assertThat(changed.words()).extracting(WordDiff.Run::text)
			.containsExactly("Expansion in", "both categories", "the non-permanent category", "of membership");
		this.elements.draft(this.process.id(), "Third", 73, LocalDate.of(2019, 6, 1), this.facilitator);
		assertThatExceptionOfType(ElementsRefusal.class).isThrownBy(
				() -> this.elements.draft(this.process.id(), "Fourth", 73, LocalDate.of(2019, 6, 2), this.facilitator))
			.withMessageContaining("Revision 3 is still a draft");
	}

	@Test
	void letsADelegationProposeAChangeAndSeeTheFacilitatorsAnswer() {
		var first = issuedRevisionWith("Expansion in both categories of membership", "The veto should be abolished.");
		var element = first.clusters().get(1).elements().get(0).lineage();
		var mexico = Actors.delegateOf("MEX");

		assertThatExceptionOfType(NotYourDelegation.class).isThrownBy(() -> this.elements.propose(this.process.id(),
				element, new ProposeChange("MEX", ProposedChange.REPLACE, "abolished", "restricted", null),
				Actors.delegateOf("BRA")));
		var proposal = this.elements.propose(this.process.id(), element,
				new ProposeChange("MEX", ProposedChange.REPLACE, "abolished", "restricted in cases of mass atrocities",
						"The French-Mexican initiative"),
				mexico);
		assertThatExceptionOfType(ElementsRefusal.class)
			.isThrownBy(() -> this.elements.decide(this.process.id(), proposal.id(), true, "Agreed", this.facilitator))
			.withMessageContaining("Open a draft revision");

		this.elements.draft(this.process.id(), "Revised Elements", 72, LocalDate.of(2018, 6, 1), this.facilitator);
		var answered = this.elements.decide(this.process.id(), proposal.id(), true, "Widely supported",
				this.facilitator);

		assertThat(answered.outcome()).isEqualTo(ProposalOutcome.ACCEPTED);
		assertThat(this.elements.revision(this.process.id(), 2, this.facilitator)
			.clusters()
			.get(1)
			.elements()
			.get(0)
			.text()).isEqualTo("The veto should be restricted in cases of mass atrocities.");
		assertThat(this.elements.proposals(this.process.id(), mexico)).singleElement()
			.satisfies((p) -> assertThat(p.outcomeReason()).isEqualTo("Widely supported"));
		assertThat(this.elements.proposals(this.process.id(), Actors.delegateOf("BRA"))).isEmpty();
		assertThatExceptionOfType(ElementsRefusal.class)
			.isThrownBy(() -> this.elements.decide(this.process.id(), proposal.id(), false, "No", this.facilitator))
			.withMessageContaining("answered");
	}

	@Test
	void checksAProposalAgainstTheElementsWordsAndNamesTheElement() {
		var first = issuedRevisionWith("Expansion in both categories of membership", "The veto should be abolished.");
		var element = first.clusters().get(1).elements().get(0).lineage();
		var mexico = Actors.delegateOf("MEX");

		assertThatExceptionOfType(org.plenary.system.InvalidInput.class)
			.isThrownBy(() -> this.elements.propose(this.process.id(), element,
					new ProposeChange("MEX", ProposedChange.DELETE, "should be kept", null, null), mexico))
			.withMessageContaining("The words \"should be kept\" are not in")
			.withMessageContaining("element 1");
		var proposal = this.elements.propose(this.process.id(), element,
				new ProposeChange("MEX", ProposedChange.REPLACE, "should  be abolished", "should be restricted", null),
				mexico);

		assertThat(proposal.elementName()).isEqualTo("The question of the veto, element 1");
		assertThat(this.elements.proposals(this.process.id(), mexico)).singleElement()
			.satisfies((p) -> assertThat(p.elementName()).isEqualTo(proposal.elementName()));
	}

	@Test
	void aDelegationWithdrawsItsOwnProposalBeforeItIsAnswered() {
		var first = issuedRevisionWith("Expansion in both categories of membership", "The veto should be abolished.");
		var element = first.clusters().get(1).elements().get(0).lineage();
		var mexico = Actors.delegateOf("MEX");
		var withdrawn = this.elements.propose(this.process.id(), element,
				new ProposeChange("MEX", ProposedChange.ADD, null, "in due course", null), mexico);
		var answered = this.elements.propose(this.process.id(), element,
				new ProposeChange("MEX", ProposedChange.DELETE, "abolished", null, null), mexico);
		this.elements.decide(this.process.id(), answered.id(), false, "No support", this.facilitator);

		assertThatExceptionOfType(NotYourDelegation.class)
			.isThrownBy(() -> this.elements.withdraw(this.process.id(), withdrawn.id(), Actors.delegateOf("BRA")));
		assertThatExceptionOfType(org.plenary.system.Refusal.class)
			.isThrownBy(() -> this.elements.withdraw(this.process.id(), withdrawn.id(),
					Actors.facilitatorOf(UUID.randomUUID())))
			.satisfies((refusal) -> assertThat(refusal.getStatusCode().value()).isEqualTo(403));
		assertThat(this.elements.mayWithdraw(withdrawn, mexico)).isTrue();
		assertThat(this.elements.mayWithdraw(withdrawn, Actors.delegateOf("BRA"))).isFalse();
		assertThatExceptionOfType(ElementsRefusal.class)
			.isThrownBy(() -> this.elements.withdraw(this.process.id(), answered.id(), mexico))
			.withMessageContaining("answered");

		this.elements.withdraw(this.process.id(), withdrawn.id(), mexico);
		assertThat(this.elements.proposals(this.process.id(), mexico)).extracting(ProposalView::id)
			.containsExactly(answered.id());
	}

	private ElementsRevisionView issuedRevisionWith(String categoriesText, String vetoText) {
		this.elements.draft(this.process.id(), "Elements of Commonality", 71, LocalDate.of(2017, 7, 12),
				this.facilitator);
		this.elements.add(this.process.id(), 1,
				new NewElement(this.categories, ElementKind.COMMONALITY, categoriesText, List.of(), List.of()), null,
				this.facilitator);
		this.elements.add(this.process.id(), 1,
				new NewElement(this.veto, ElementKind.ISSUE_FOR_FURTHER_CONSIDERATION, vetoText, List.of(), List.of()),
				null, this.facilitator);
		return this.elements.issue(this.process.id(), 1, this.facilitator);
	}

	private UUID position(String code, boolean published) {
		return this.positions
			.state(new StatePosition(this.process.id(), this.categories, code, null, "Demo position of " + code, 71,
					SourceKind.MEETING, null, LocalDate.of(2017, 3, 1), published), Actors.delegateOf(code))
			.id();
	}

}
