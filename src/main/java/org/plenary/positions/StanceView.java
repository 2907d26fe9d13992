package org.plenary.positions;

import java.util.UUID;

/** A stance offered on a topic, in the order the process lists them. */
public record StanceView(UUID id, UUID topic, String label, int ordinal) {
}
