package org.plenary.positions;

import org.plenary.process.ProcessId;

/**
 * A revision of a process's Elements was issued. Published by {@link Elements#issue};
 * search indexes it.
 */
public record ElementsIssued(ProcessId process, int revision) {
}
