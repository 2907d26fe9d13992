package org.plenary.process;

import org.jspecify.annotations.Nullable;

/**
 * A process to add to the register. Without a time limit, the Assembly's usual three
 * minutes apply.
 */
public record NewProcess(String shortName, String name, @Nullable String description,
		@Nullable Integer interventionLimitSeconds) {
}
