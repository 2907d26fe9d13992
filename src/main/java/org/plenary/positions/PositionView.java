package org.plenary.positions;

import java.util.List;
import java.util.UUID;

import org.plenary.delegation.SpeakerKind;
import org.plenary.process.ProcessId;

/**
 * A position as its reader may see it: whose, on which topic, and the versions the reader
 * may read (the public only the published ones), the current one last.
 */
public record PositionView(UUID id, ProcessId process, UUID topic, String topicTitle, SpeakerKind holderKind,
		String holder, String holderName, List<PositionVersionView> versions, long version) {

	public PositionView {
		versions = List.copyOf(versions);
	}

	public PositionVersionView current() {
		return this.versions.get(this.versions.size() - 1);
	}

}
