package org.plenary.positions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.plenary.identity.Actor;
import org.plenary.identity.Grant;
import org.plenary.process.ProcessView;
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
 * Stances on the IGN's five clusters and positions of some delegations and groups, for
 * the demo: each position's text says that it is a demo summary of public statements, not
 * a record. Stated at the IGN in the 78th session (7 March 2024) and, for a few, the 79th
 * (19 November 2024, seed 003's first plenary), so the map shows a change between them.
 * Loaded through the door, as each delegation's delegate, when there is no stance.
 */
@Component
@Order(41)
@ConditionalOnBooleanProperty(name = "plenary.demo-data", matchIfMissing = true)
class PositionDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(PositionDemoData.class);

	private static final String DEMO = "Demo: a summary of public statements, not a record of the delegation.";

	private final Positions positions;

	private final StanceOptionRepository stances;

	private final Processes processes;

	PositionDemoData(Positions positions, StanceOptionRepository stances, Processes processes) {
		this.positions = positions;
		this.stances = stances;
		this.processes = processes;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.stances.count() > 0) {
			return;
		}
		var ign = this.processes.processes().stream().filter((p) -> p.shortName().equals("IGN")).findFirst();
		if (ign.isEmpty() || ign.get().topics().size() < 5) {
			return;
		}
		var process = ign.get();
		var offered = offer(process);
		var both = offered.get("both");
		var nonPermanent = offered.get("non-permanent");
		var longerTerm = offered.get("longer-term");
		var extend = offered.get("extend");
		var defer = offered.get("defer");
		var restrict = offered.get("restrict");
		var keep = offered.get("keep");
		var africa = offered.get("africa");
		var everyGroup = offered.get("every group");
		var islands = offered.get("islands");
		// 78th session: the G4, the Common African Position, Uniting for Consensus, L.69.
		for (var code : List.of("BRA", "DEU", "IND", "JPN")) {
			state(process, code, 0, both, 78);
			state(process, code, 1, defer, 78);
		}
		for (var code : List.of("NGA", "ZAF", "EGY", "SLE", "KEN")) {
			state(process, code, 0, both, 78);
			state(process, code, 1, extend, 78);
			state(process, code, 2, africa, 78);
		}
		for (var code : List.of("ITA", "PAK", "ARG", "ESP", "KOR", "MEX", "CAN", "COL")) {
			state(process, code, 0, code.equals("KOR") || code.equals("CAN") ? longerTerm : nonPermanent, 78);
			state(process, code, 1, restrict, 78);
			state(process, code, 2, everyGroup, 78);
		}
		for (var code : List.of("VCT", "JAM")) {
			state(process, code, 0, both, 78);
			state(process, code, 2, islands, 78);
		}
		state(process, "C-10", "SLE", 0, both, 78);
		state(process, "C-10", "SLE", 1, extend, 78);
		state(process, "C-10", "SLE", 2, africa, 78);
		state(process, "UfC", "ITA", 0, nonPermanent, 78);
		state(process, "UfC", "ITA", 1, restrict, 78);
		state(process, "UfC", "ITA", 2, everyGroup, 78);
		state(process, "L.69", "VCT", 0, both, 78);
		state(process, "L.69", "VCT", 1, extend, 78);
		state(process, "L.69", "VCT", 2, islands, 78);
		// 79th session: three permanent members state their support for both categories.
		for (var code : List.of("FRA", "GBR", "USA")) {
			state(process, code, 0, both, 79);
			state(process, code, 1, code.equals("FRA") ? restrict : keep, 79);
		}
		log.info("Loaded the demo positions on the IGN's five clusters.");
	}

	private Map<String, UUID> offer(ProcessView process) {
		var system = Actor.system();
		var topics = process.topics();
		var offered = new HashMap<String, UUID>();
		offered.put("both", offer(process, topics.get(0).id(), "Expand both permanent and non-permanent", system));
		offered.put("non-permanent",
				offer(process, topics.get(0).id(), "Expand the non-permanent category only", system));
		offered.put("longer-term", offer(process, topics.get(0).id(), "A new category of longer-term seats", system));
		offered.put("abolish", offer(process, topics.get(1).id(), "Abolish the veto", system));
		offered.put("extend", offer(process, topics.get(1).id(), "Extend the veto to new permanent members", system));
		offered.put("defer", offer(process, topics.get(1).id(), "New members' veto deferred to a review", system));
		offered.put("restrict",
				offer(process, topics.get(1).id(), "Restrict its use (not in cases of mass atrocities)", system));
		offered.put("keep", offer(process, topics.get(1).id(), "Keep the veto as it is", system));
		offered.put("africa",
				offer(process, topics.get(2).id(), "Africa: two permanent and five non-permanent seats", system));
		offered.put("every group",
				offer(process, topics.get(2).id(), "More non-permanent seats for every regional group", system));
		offered.put("islands", offer(process, topics.get(2).id(), "A seat for Small Island Developing States", system));
		offer(process, topics.get(3).id(), "25 or 26 members", system);
		offer(process, topics.get(3).id(), "27 members or more", system);
		offer(process, topics.get(4).id(), "More interaction and a fuller annual report", system);
		offer(process, topics.get(4).id(), "Keep the present balance", system);
		return offered;
	}

	private UUID offer(ProcessView process, UUID topic, String label, Actor actor) {
		return this.positions.offerStance(process.id(), topic, label, actor).id();
	}

	private void state(ProcessView process, String code, int topic, UUID stance, int session) {
		state(process, code, code, topic, stance, session);
	}

	private void state(ProcessView process, String holder, String speaker, int topic, UUID stance, int session) {
		var delegate = new Actor("demo-" + speaker.toLowerCase(), Set.of(Grant.delegateOf(speaker)));
		this.positions.state(new StatePosition(process.id(), process.topics().get(topic).id(), holder, stance, DEMO,
				session, SourceKind.MEETING, session == 78 ? "IGN meeting, 78th session" : "1st IGN plenary",
				session == 78 ? LocalDate.of(2024, 3, 7) : LocalDate.of(2024, 11, 19), true), delegate);
	}

}
