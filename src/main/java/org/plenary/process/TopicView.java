package org.plenary.process;

import java.util.UUID;

/**
 * A topic of a process.
 */
public record TopicView(UUID id, String title) {
}
