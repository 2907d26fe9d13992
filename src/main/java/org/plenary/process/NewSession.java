package org.plenary.process;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A session to add to the register.
 */
public record NewSession(int number, LocalDate opensOn, @Nullable LocalDate closesOn, @Nullable String presidentName,
		@Nullable String presidentDelegation) {
}
