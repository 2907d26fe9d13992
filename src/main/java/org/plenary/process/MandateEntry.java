package org.plenary.process;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A decision, resolution or other text in a process's mandate: "decision 62/557 of 15
 * September 2008". A decision or resolution has a symbol of the form session/number.
 */
public record MandateEntry(MandateKind kind, @Nullable String symbol, @Nullable LocalDate adoptedOn, String title) {

	public MandateEntry {
		if (kind != MandateKind.OTHER && (symbol == null || !symbol.matches("\\d{1,3}/\\d{1,4}( [A-Z])?"))) {
			throw new IllegalArgumentException(
					"A decision or resolution has a symbol such as 62/557 or 71/280: " + symbol);
		}
		if (title.isBlank()) {
			throw new IllegalArgumentException("A mandate entry has a title.");
		}
	}

	/** As a letter cites it: "decision 62/557", "resolution 71/280", or the title. */
	public String citation() {
		return switch (this.kind) {
			case DECISION -> "decision " + this.symbol;
			case RESOLUTION -> "resolution " + this.symbol;
			case OTHER -> this.title;
		};
	}

}
