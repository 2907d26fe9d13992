package org.plenary.positions;

import java.util.List;
import java.util.UUID;

import org.plenary.system.InvalidInput;

/**
 * An element as the facilitators write it: its cluster (a topic of the process), whether
 * it is a commonality or an issue for further consideration, its text, and the positions
 * that support and oppose it.
 */
public record NewElement(UUID topic, ElementKind kind, String text, List<UUID> supporting, List<UUID> opposing) {

	public NewElement {
		text = text.strip();
		supporting = List.copyOf(supporting);
		opposing = List.copyOf(opposing);
		if (text.isEmpty() || text.length() > 4000) {
			throw new InvalidInput("text", "An element is a paragraph of at most 4,000 characters.",
					"refusal.positions.elementText");
		}
		if (supporting.stream().anyMatch(opposing::contains)) {
			throw new InvalidInput("opposing", "A position cannot both support and oppose an element.",
					"refusal.positions.supportAndOppose");
		}
	}

	List<ElementLink> links() {
		var links = new java.util.ArrayList<ElementLink>();
		this.supporting.stream().distinct().forEach((p) -> links.add(new ElementLink(p, true)));
		this.opposing.stream().distinct().forEach((p) -> links.add(new ElementLink(p, false)));
		return links;
	}

}
