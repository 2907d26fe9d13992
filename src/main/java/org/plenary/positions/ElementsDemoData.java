package org.plenary.positions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.plenary.identity.Actor;
import org.plenary.identity.Grant;
import org.plenary.process.Processes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A short Elements of Commonality for the IGN's demo: a first revision in the 71st
 * session and its revision in the 72nd, one proposal accepted between them. The text is
 * written for the demo — its title says so — and echoes the clusters, not the document.
 */
@Component
@Order(42)
@ConditionalOnBooleanProperty(name = "plenary.demo-data", matchIfMissing = true)
class ElementsDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ElementsDemoData.class);

	private final Elements elements;

	private final ElementsRevisionRepository revisions;

	private final Positions positions;

	private final Processes processes;

	ElementsDemoData(Elements elements, ElementsRevisionRepository revisions, Positions positions,
			Processes processes) {
		this.elements = elements;
		this.revisions = revisions;
		this.positions = positions;
		this.processes = processes;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.revisions.count() > 0) {
			return;
		}
		var ign = this.processes.processes().stream().filter((p) -> p.shortName().equals("IGN")).findFirst();
		if (ign.isEmpty() || ign.get().topics().size() < 5) {
			return;
		}
		var process = ign.get();
		var chairs = Actor.system();
		var topics = process.topics();
		var held = this.positions.positions(process.id(), chairs);
		java.util.function.BiFunction<Integer, String, List<UUID>> holding = (topic, stance) -> held.stream()
			.filter((p) -> p.topic().equals(topics.get(topic).id()) && stance.equals(p.current().stanceLabel()))
			.map(PositionView::id)
			.toList();
		this.elements.draft(process.id(), "Elements of Commonality and Issues for Further Consideration (demo text)",
				71, LocalDate.of(2017, 7, 12), chairs);
		this.elements.add(process.id(), 1, new NewElement(topics.get(0).id(), ElementKind.COMMONALITY,
				"Member States agree that the Council should be made more representative, effective and transparent.",
				List.of(), List.of()), null, chairs);
		this.elements.add(process.id(), 1,
				new NewElement(topics.get(0).id(), ElementKind.ISSUE_FOR_FURTHER_CONSIDERATION,
						"Whether the Council should be enlarged in both permanent and non-permanent categories.",
						holding.apply(0, "Expand both permanent and non-permanent"),
						holding.apply(0, "Expand the non-permanent category only")),
				null, chairs);
		var veto = this.elements.add(process.id(), 1,
				new NewElement(topics.get(1).id(), ElementKind.ISSUE_FOR_FURTHER_CONSIDERATION,
						"Whether the veto should be abolished, extended to new permanent members or restricted.",
						List.of(), List.of()),
				null, chairs);
		this.elements.add(process.id(), 1,
				new NewElement(topics.get(2).id(), ElementKind.COMMONALITY,
						"Member States recognize the need to redress the under-representation of Africa.",
						holding.apply(2, "Africa: two permanent and five non-permanent seats"), List.of()),
				null, chairs);
		this.elements.add(process.id(), 1, new NewElement(topics.get(4).id(), ElementKind.COMMONALITY,
				"The Council's annual report to the General Assembly should be more analytical.", List.of(), List.of()),
				null, chairs);
		this.elements.issue(process.id(), 1, chairs);
		var vetoElement = veto.clusters().get(1).elements().get(0).lineage();
		var mexico = new Actor("demo-mex", Set.of(Grant.delegateOf("MEX")));
		var proposal = this.elements.propose(process.id(), vetoElement,
				new ProposeChange("MEX", ProposedChange.REPLACE, "or restricted",
						"or its use restricted in cases of mass atrocities", "Demo: the French-Mexican initiative."),
				mexico);
		this.elements.draft(process.id(),
				"Revised Elements of Commonality and Issues for Further Consideration (demo text)", 72,
				LocalDate.of(2018, 6, 1), chairs);
		this.elements.decide(process.id(), proposal.id(), true, "Demo: many delegations spoke for it.", chairs);
		this.elements.issue(process.id(), 2, chairs);
		log.info("Loaded the demo Elements of Commonality (two revisions).");
	}

}
