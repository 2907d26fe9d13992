package org.plenary.process;

import java.time.LocalDate;

import org.plenary.system.InvalidValue;

import org.jspecify.annotations.Nullable;

/**
 * A decision, resolution or other text in a process's mandate: "decision 62/557 of 15
 * September 2008". A decision or resolution has a symbol of the form session/number.
 */
public record MandateEntry(MandateKind kind, @Nullable String symbol, @Nullable LocalDate adoptedOn, String title) {

	/**
	 * Symbols since the 31st session ("62/557", "70/559 B") and before it, with the
	 * session in Roman numerals ("1991 A (XVIII)").
	 */
	public static final String SYMBOL_PATTERN = "\\d{1,3}/\\d{1,4}( ?[A-Z])?|\\d{1,4}( [A-Z])? \\([IVXL]+\\)";

	public MandateEntry {
		if (kind != MandateKind.OTHER && (symbol == null || !symbol.matches(SYMBOL_PATTERN))) {
			throw new InvalidValue("A decision or resolution has a symbol such as 62/557 or 1991 A (XVIII): " + symbol,
					"refusal.process.mandateSymbol", String.valueOf(symbol));
		}
		if (title.isBlank()) {
			throw new InvalidValue("A mandate entry has a title.", "refusal.process.mandateTitle");
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
