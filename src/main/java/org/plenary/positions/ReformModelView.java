package org.plenary.positions;

import java.util.List;
import java.util.Map;

import org.plenary.delegation.SpeakerKind;
import org.plenary.process.ProcessId;

/**
 * A model as pages and the API show it: who submitted it, its revisions (the latest
 * last), and the latest revision's figures at the top — {@code size},
 * {@code seatsByRegion} and {@code vetoHolders}.
 */
public record ReformModelView(ReformModelId id, ProcessId process, String name, SpeakerKind submitterKind,
		String submittedBy, String submitterName, int size, Map<SeatRegion, Integer> seatsByRegion, int vetoHolders,
		List<ModelRevisionView> revisions, long version) {

	public ReformModelView {
		revisions = List.copyOf(revisions);
	}

	public ModelRevisionView latest() {
		return this.revisions.get(this.revisions.size() - 1);
	}

	public ModelRevisionView revision(int number) {
		return this.revisions.stream()
			.filter((r) -> r.number() == number)
			.findFirst()
			.orElseThrow(() -> new ReformModelNotFound(this.name + ", revision " + number));
	}

}
