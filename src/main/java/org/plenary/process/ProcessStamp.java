package org.plenary.process;

/**
 * A process's id and the version of its name, mandate, topics, rules and facilitators: it
 * changes whenever any of them does.
 */
public record ProcessStamp(ProcessId id, long version) {
}
