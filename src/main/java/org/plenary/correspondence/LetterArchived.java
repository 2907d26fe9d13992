package org.plenary.correspondence;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A letter of the past was stored in the archive, circulated as it was. Published by
 * {@link Letters#archive}; nobody is notified, but search reads it like any circulated
 * letter.
 */
public record LetterArchived(LetterId letter, @Nullable UUID process) {
}
