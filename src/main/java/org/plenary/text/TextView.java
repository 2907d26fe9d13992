package org.plenary.text;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plenary.process.ProcessId;

/** A negotiated text with its revisions, the first first. */
public record TextView(TextId id, ProcessId process, String title, @Nullable String symbol, List<Revision> revisions) {

	public TextView {
		revisions = List.copyOf(revisions);
	}

	/** A revision in the list: its number, label, whether issued and when. */
	public record Revision(RevisionId id, int number, String label, boolean issued, @Nullable LocalDate issuedOn,
			boolean finalText) {
	}

}
