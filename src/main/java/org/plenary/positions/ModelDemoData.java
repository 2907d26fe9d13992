package org.plenary.positions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.plenary.identity.Actor;
import org.plenary.process.Processes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.plenary.positions.SeatCategory.NON_PERMANENT;
import static org.plenary.positions.SeatCategory.PERMANENT;
import static org.plenary.positions.SeatRegion.AFRICAN;
import static org.plenary.positions.SeatRegion.ASIA_PACIFIC;
import static org.plenary.positions.SeatRegion.EASTERN_EUROPEAN;
import static org.plenary.positions.SeatRegion.LATIN_AMERICAN_AND_CARIBBEAN;
import static org.plenary.positions.SeatRegion.SMALL_ISLAND_DEVELOPING_STATES;
import static org.plenary.positions.SeatRegion.WESTERN_EUROPEAN_AND_OTHERS;

/**
 * The published models of the IGN's main groups, for the demo: the Common African
 * Position, the G4 (its 2005 draft and its 2024 model), Uniting for Consensus and the
 * L.69 group. Each names its sources; what could not be checked against the documents is
 * marked uncertain on the model itself. Loaded through the door when there is no model.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "plenary.demo-data", matchIfMissing = true)
class ModelDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ModelDemoData.class);

	private final ReformModels models;

	private final ReformModelRepository repository;

	private final Processes processes;

	ModelDemoData(ReformModels models, ReformModelRepository repository, Processes processes) {
		this.models = models;
		this.repository = repository;
		this.processes = processes;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.repository.count() > 0) {
			return;
		}
		var ign = this.processes.processes().stream().filter((p) -> p.shortName().equals("IGN")).findFirst();
		if (ign.isEmpty()) {
			return;
		}
		var process = ign.get().id();
		var system = Actor.system();
		this.models.submit(new NewModel(process, "Common African Position", "C-10", new NewRevision(
				"Ezulwini Consensus and Sirte Declaration", LocalDate.of(2005, 7, 5),
				seats(new int[] { 2, 3, 1, 1, 4 }, new int[] { 5, 3, 2, 3, 2 }), NewMembersVeto.YES, ExistingVeto.KEEP,
				"Africa is opposed to the veto in principle; so long as it exists, it should be available to all "
						+ "permanent members, new and old.",
				null, ReElection.NOT_STATED, null, null, null,
				"Africa: not less than two permanent seats with all the prerogatives and privileges of permanent "
						+ "membership, including the right of veto, and five non-permanent seats; the African Union "
						+ "chooses Africa's representatives.",
				"Ezulwini Consensus (African Union Executive Council, Ext/EX.CL/2(VII), 7-8 March 2005); Sirte "
						+ "Declaration (Assembly/AU/Decl.2(V), 4-5 July 2005). Seats of the other regions: the "
						+ "African Union's draft resolution A/59/L.67 (July 2005), 26 members.",
				"The Common African Position states Africa's seats only; the other regions' seats follow "
						+ "A/59/L.67 of 2005. The votes a decision would need are not stated.")),
				system);
		var g4 = this.models.submit(new NewModel(process, "G4 model", "G4",
				new NewRevision("Draft resolution A/59/L.64", LocalDate.of(2005, 7, 6),
						seats(new int[] { 2, 3, 1, 1, 4 }, new int[] { 4, 3, 2, 3, 2 }),
						NewMembersVeto.DEFERRED_TO_REVIEW, ExistingVeto.KEEP, null, null, ReElection.NOT_STATED, 15,
						"The new permanent members shall not exercise the right of veto until the question of its "
								+ "extension to them has been decided in the review.",
						14,
						"Six new permanent seats (two African, two Asian, one Latin American and Caribbean, one "
								+ "Western European and other) and four non-permanent seats.",
						"Draft resolution A/59/L.64 of 6 July 2005 (Brazil, Germany, India, Japan and others).",
						"The fourteen votes a decision would need are given from memory of A/59/L.64 and not "
								+ "checked against the document.")),
				system);
		this.models.revise(g4.id(), new NewRevision("G4 model presented in the IGN", LocalDate.of(2024, 3, 7),
				seats(new int[] { 2, 3, 1, 1, 4 }, new int[] { 5, 3, 2, 3, 2 }), NewMembersVeto.DEFERRED_TO_REVIEW,
				ExistingVeto.KEEP, null, null, ReElection.NOT_STATED, 15,
				"New permanent members would not exercise the veto until a decision is taken in a review; the G4 "
						+ "say they are flexible on it.",
				null,
				"A Council of 25 or 26: six new permanent seats as in 2005, and four or five new "
						+ "non-permanent seats, one or two of them African. Shown here with 26.",
				"G4 model presented at the IGN, 79th session (March 2024), as summarised in the G4's statements.",
				"The model leaves open whether Africa gets one or two more non-permanent seats (25 or 26 "
						+ "members): 26 is shown. The date is that of the IGN meeting as reported, not checked."),
				null, system);
		this.models.submit(new NewModel(process, "Uniting for Consensus model", "UfC",
				new NewRevision("Draft resolution A/59/L.68", LocalDate.of(2005, 7, 21),
						seats(new int[] { 0, 1, 1, 0, 3 }, new int[] { 6, 5, 2, 4, 3 }), NewMembersVeto.NOT_STATED,
						ExistingVeto.KEEP, null, null, ReElection.IMMEDIATE, null, null, 15,
						"No new permanent seats: twenty non-permanent seats, elected for two years and eligible "
								+ "for immediate re-election as each regional group decides.",
						"Draft resolution A/59/L.68 of 21 July 2005 (Argentina, Canada, Colombia, Costa Rica, "
								+ "Italy, Malta, Mexico, Pakistan, the Republic of Korea, San Marino, Spain, Türkiye "
								+ "and others).",
						"The fifteen votes a decision would need are given from memory of A/59/L.68 and not "
								+ "checked against the document. The group's later proposals (longer-term seats) "
								+ "are not yet recorded here.")),
				system);
		this.models.submit(new NewModel(process, "L.69 model", "L.69", new NewRevision(
				"Draft resolution of the L.69 group", LocalDate.of(2012, 9, 1),
				withSids(seats(new int[] { 2, 3, 1, 1, 4 }, new int[] { 5, 3, 2, 3, 2 })), NewMembersVeto.YES,
				ExistingVeto.KEEP, null, null, ReElection.NOT_STATED, null, null, null,
				"Expansion in both categories; new permanent members with the same prerogatives as the present "
						+ "ones; a non-permanent seat rotating among Small Island Developing States of every region.",
				"Draft resolution A/61/L.69 (2007) and the L.69 group's draft of 2012, as summarised in public "
						+ "sources; CARICOM's draft of 2013 is close to it.",
				"Uncertain: the seat numbers come from secondary summaries of the 2012 draft, not from the "
						+ "document; the date is approximate (September 2012). Check before citing.")),
				system);
		log.info("Loaded the demo reform models (Common African Position, G4, Uniting for Consensus, L.69).");
	}

	/**
	 * The seats per region (African, Asia-Pacific, Eastern European, Latin American and
	 * Caribbean, Western European and other), permanent then non-permanent.
	 */
	private static List<SeatCount> seats(int[] permanent, int[] nonPermanent) {
		var regions = List.of(AFRICAN, ASIA_PACIFIC, EASTERN_EUROPEAN, LATIN_AMERICAN_AND_CARIBBEAN,
				WESTERN_EUROPEAN_AND_OTHERS);
		var seats = new ArrayList<SeatCount>();
		for (int i = 0; i < regions.size(); i++) {
			seats.add(new SeatCount(PERMANENT, regions.get(i), permanent[i]));
			seats.add(new SeatCount(NON_PERMANENT, regions.get(i), nonPermanent[i]));
		}
		return seats;
	}

	private static List<SeatCount> withSids(List<SeatCount> seats) {
		var all = new ArrayList<>(seats);
		all.add(new SeatCount(NON_PERMANENT, SMALL_ISLAND_DEVELOPING_STATES, 1));
		return all;
	}

}
