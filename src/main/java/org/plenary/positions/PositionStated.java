package org.plenary.positions;

import java.util.UUID;

import org.plenary.process.ProcessId;

/**
 * A position was stated or changed. Published by {@link Positions#state}; search indexes
 * what the public may read of it.
 */
public record PositionStated(ProcessId process, UUID position, boolean published) {
}
