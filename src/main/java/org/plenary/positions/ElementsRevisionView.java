package org.plenary.positions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.delegation.RegionalGroup;
import org.plenary.process.ProcessId;

/**
 * A revision of the Elements document as it reads: title, session, date, and the clusters
 * in the process's order, each with its elements and who supports or opposes each.
 */
public record ElementsRevisionView(ProcessId process, String processName, int number, String title, int session,
		LocalDate dated, RevisionStatus status, @Nullable Instant issuedAt, List<Cluster> clusters, long version) {

	public ElementsRevisionView {
		clusters = List.copyOf(clusters);
	}

	/** A cluster (a topic of the process) with its elements in order. */
	public record Cluster(UUID topic, String title, List<ElementView> elements) {

		public Cluster {
			elements = List.copyOf(elements);
		}

	}

	/**
	 * An element with its support, and the positions linked to it that the reader may see
	 * (what a form to change it starts from).
	 */
	public record ElementView(UUID lineage, int ordinal, ElementKind kind, String text, Support support,
			List<UUID> supporting, List<UUID> opposing) {

		public ElementView {
			supporting = List.copyOf(supporting);
			opposing = List.copyOf(opposing);
		}

	}

	/**
	 * How many delegations and groups support or oppose an element (through the positions
	 * linked to it that the reader may see), and the regional groups of those
	 * delegations.
	 */
	public record Support(int delegationsFor, int groupsFor, int delegationsAgainst, int groupsAgainst,
			Map<RegionalGroup, Integer> regionsFor, Map<RegionalGroup, Integer> regionsAgainst, List<String> supporters,
			List<String> opponents) {

		public Support {
			regionsFor = Map.copyOf(regionsFor);
			regionsAgainst = Map.copyOf(regionsAgainst);
			supporters = List.copyOf(supporters);
			opponents = List.copyOf(opponents);
		}

	}

}
