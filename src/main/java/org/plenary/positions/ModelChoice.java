package org.plenary.positions;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.plenary.system.InvalidInput;

/**
 * A column of a comparison: today's Council ({@code today}), a model as last revised
 * ({@code <id>}) or one of its revisions ({@code <id>:2}).
 */
public record ModelChoice(@Nullable ReformModelId model, @Nullable Integer revision) {

	public static final ModelChoice TODAY = new ModelChoice(null, null);

	public static ModelChoice parse(String text) {
		var trimmed = text.strip();
		if (trimmed.equalsIgnoreCase("today")) {
			return TODAY;
		}
		var colon = trimmed.indexOf(':');
		try {
			var id = new ReformModelId(UUID.fromString(colon < 0 ? trimmed : trimmed.substring(0, colon)));
			return new ModelChoice(id, colon < 0 ? null : Integer.valueOf(trimmed.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("ids",
					"'%s' is not a model: give a model's id, its id and a revision (id:2), or today.".formatted(text),
					"refusal.positions.notAModel", text);
		}
	}

	public boolean isToday() {
		return this.model == null;
	}

	@Override
	public String toString() {
		return this.model == null ? "today" : this.model + (this.revision == null ? "" : ":" + this.revision);
	}

}
